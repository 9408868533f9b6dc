// Never rendered: lines the typings must reject. `tsc -b` fails if any of
// them stops being an error (an unused @ts-expect-error is an error itself).

export function Invalid() {
  return (
    <>
      {/* @ts-expect-error: 'bogus' is not a theme */}
      <memorial-card theme="bogus" />
      {/* @ts-expect-error: a number is not a MemorialEvent */}
      <memorial-card data={123} />
      {/* @ts-expect-error: 'wide' is not a layout */}
      <memorial-card layout="wide" />
    </>
  )
}
