"use client";

import { type FormEvent, useActionState, useTransition } from "react";
import { useResultKey } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/auth/guard";

type FormAction<T> = (
  previous: ActionResult<T> | undefined,
  input: FormData,
) => Promise<ActionResult<T>>;

/**
 * useActionState for forms, with two differences:
 * - the previous result is not posted back to the server with the next submit (it may hold a
 *   one-time password, which must travel once, from the server to this screen);
 * - the fields keep what was typed when the server refuses it: React resets a form after its
 *   `action` runs, so the form is submitted from onSubmit instead. `confirm` may cancel it.
 * (`action` stays on the form so that React renders it inert before hydration.)
 * `resultKey` changes with each result: a form keys its Notice with it, so that each result shows
 * afresh (a Notice hides when any later form on the page is submitted).
 */
export function useActionForm<T>(action: FormAction<T>, confirm?: () => boolean) {
  const [state, dispatch, pending] = useActionState(
    (_previous: ActionResult<T> | undefined, data: FormData) => action(undefined, data),
    undefined,
  );
  const [, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm && !confirm()) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  const errors = state && !state.ok ? state.fieldErrors : {};
  const formError = state && !state.ok ? state.formError : undefined;
  const resultKey = useResultKey(state);
  return {
    state,
    pending,
    errors,
    formError,
    resultKey,
    formProps: { action: dispatch, onSubmit },
  };
}
