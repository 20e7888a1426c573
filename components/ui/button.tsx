import type { ButtonHTMLAttributes } from "react";

// The portal's buttons: one look for each kind of action instead of the same class string in
// every form. `buttonClasses` gives a link the look of a button.

export type ButtonVariant = "primary" | "secondary" | "quiet";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 text-brand-800 hover:bg-brand-50",
  quiet: "border border-slate-300 text-brand-700 hover:bg-slate-50",
};

export function buttonClasses(variant: ButtonVariant = "primary", className?: string): string {
  return [
    "inline-flex items-center justify-center gap-2 rounded px-4 py-2 font-semibold disabled:cursor-wait disabled:opacity-70",
    VARIANTS[variant],
    className,
  ]
    .filter(Boolean)
    .join(" ");
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Shown instead of the label while the form's action runs; the button is disabled meanwhile. */
  pending?: boolean;
  pendingLabel?: string;
}

export function Button({
  variant = "primary",
  pending = false,
  pendingLabel,
  className,
  children,
  type = "submit",
  disabled,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={buttonClasses(variant, className)}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
