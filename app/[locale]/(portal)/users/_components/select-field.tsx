import type { ReactNode, SelectHTMLAttributes } from "react";

// A labelled select with its error beside it, styled like components/forms/field.tsx.
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
  const id = select.id ?? name;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700 disabled:bg-slate-100 disabled:text-slate-600 ${
          error ? "border-brand-600" : "border-slate-400"
        }`}
        {...select}
      >
        {children}
      </select>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-brand-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
