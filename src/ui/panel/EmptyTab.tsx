/** What an empty tab shows: what will appear there, never made-up data. */
export function EmptyTab({ text }: { text: string }) {
  return <p className="text-sm leading-relaxed text-slate-600">{text}</p>;
}
