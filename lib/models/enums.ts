import { ModelField, ModelStatus, RecognitionLevel } from "@/lib/generated/prisma/enums";

// The models' enumerations for the pages (which never import the database's modules).
export type { ModelField, ModelStatus, RecognitionLevel };

export const MODEL_FIELDS = Object.values(ModelField);
export const MODEL_STATUSES = Object.values(ModelStatus);
export const RECOGNITION_LEVELS = Object.values(RecognitionLevel);
