/** Guitars and plucked instruments that strum (strings struck a few ms apart). */
export function isGuitarLike(program: number): boolean {
  return (program >= 24 && program <= 31) || program === 105 || program === 46;
}
