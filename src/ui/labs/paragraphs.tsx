/** Plain paragraphs separated by blank lines, as lab files hold them, shown as text. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((p, i) => (
        <p key={i} className="mb-2 text-sm leading-relaxed whitespace-pre-line text-slate-700">
          {p}
        </p>
      ))}
    </>
  );
}
