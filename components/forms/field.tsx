import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { Notice } from "@/components/ui/notice";

// Labelled controls with their error beside them (read out by screen readers through
// aria-describedby). Input and select share the frame: label, hint, error and the ARIA wiring.

interface FrameProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

function controlProps({ id, error, hint }: FrameProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
    className: `mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700 disabled:bg-slate-100 disabled:text-slate-600 ${
      error ? "border-brand-600" : "border-slate-400"
    }`,
  };
}

function FieldFrame({ id, label, error, hint, children }: FrameProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  const frame = { id: input.id ?? name, label, error, hint };
  return (
    <FieldFrame {...frame}>
      <input name={name} {...controlProps(frame)} {...input} />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  children,
  ...select
}: {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const frame = { id: select.id ?? name, label, error, hint };
  return (
    <FieldFrame {...frame}>
      <select name={name} {...controlProps(frame)} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}

/** The form-level error of a refused submission (an error Notice; cleared by the next attempt). */
export function FormAlert({ message }: { message?: string | undefined }) {
  if (!message) return null;
  return <Notice tone="error">{message}</Notice>;
}
