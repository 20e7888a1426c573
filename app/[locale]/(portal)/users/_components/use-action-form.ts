"use client";

import { type FormEvent, useActionState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/guard";

type FormAction<T> = (previous: ActionResult<T> | undefined, input: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState for a form whose fields keep what was typed when the server refuses it: React
 * resets a form after its `action` runs, so once hydrated the form is submitted from onSubmit
 * instead (before hydration the plain `action` still works). `confirm` may cancel the submit.
 */
export function useActionForm<T>(action: FormAction<T>, confirm?: () => boolean) {
  const [state, dispatch, pending] = useActionState(action, undefined);
  const [, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm && !confirm()) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  const errors = state && !state.ok ? state.fieldErrors : {};
  const formError = state && !state.ok ? state.formError : undefined;
  return { state, pending, errors, formError, formProps: { action: dispatch, onSubmit } };
}
