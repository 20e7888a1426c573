import { describe, expect, it } from "vitest";
import { pointName } from "@/prisma/seed/generators/points";

describe("demo point names", () => {
  it("names a point after its model and place", () => {
    expect(pointName("Câu lạc bộ 3 tích cực trong đồng bào dân tộc Khmer", "xã Hưng Hội")).toBe(
      "Câu lạc bộ 3 tích cực trong đồng bào dân tộc Khmer xã Hưng Hội",
    );
  });

  it("does not say a word twice where the model's name ends as the place's begins", () => {
    expect(pointName("Tổ an ninh nhân dân khóm", "khóm 7, phường 1, thị xã Giá Rai")).toBe(
      "Tổ an ninh nhân dân khóm 7, phường 1, thị xã Giá Rai",
    );
    expect(pointName("Tổ an ninh nhân dân khóm", "ấp 5, xã Vĩnh Hậu")).toBe(
      "Tổ an ninh nhân dân khóm ấp 5, xã Vĩnh Hậu",
    );
  });
});
