/**
 * What the member typed in a form, as the API takes it: each text field trimmed, and an
 * optional field that was left empty as `null` (the API's "not set").
 *
 * @example
 * const {text, optional} = formFields<VisitorField>(form);
 * return {name: text('name'), email: optional('email')};
 */
export function formFields<Name extends string>(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: Name): string => String(data.get(name) ?? '').trim();
  return {data, text, optional: (name: Name): string | null => text(name) || null};
}
