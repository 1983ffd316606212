/**
 * Close relatives of GM programs: sounds that can take the same job in an arrangement (another
 * piano, another clean guitar, another pad). A second take of a prompt swaps within these groups.
 */
const GROUPS: readonly (readonly number[])[] = [
  [0, 1, 4, 5, 2],
  [6, 7],
  [8, 9, 10, 11, 13, 14],
  [12, 11, 108],
  [16, 17, 18, 19],
  [21, 22, 23],
  [24, 25, 27, 26, 46],
  [28, 27, 26],
  [29, 30],
  [32, 33, 34, 35, 36],
  [38, 39, 37],
  [40, 41, 110],
  [42, 43],
  [44, 45],
  [48, 49, 50, 51],
  [52, 53, 54, 91],
  [56, 59, 57],
  [60, 61, 62, 63],
  [64, 65, 66, 67],
  [68, 69, 70, 71],
  [72, 73, 74, 75, 77, 78, 79],
  [80, 81, 82, 84, 87, 83],
  [88, 89, 90, 91, 92, 94, 95, 93],
  [96, 97, 98, 99, 100, 101, 102, 103],
  [104, 105, 106, 107],
];

/** The other programs of a program's group (empty when it has none). */
export function programSiblings(program: number): number[] {
  const group = GROUPS.find((g) => g.includes(program));
  return group ? group.filter((p) => p !== program) : [];
}
