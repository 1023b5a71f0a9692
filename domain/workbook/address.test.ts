import { columnLetters, columnNumber, formatRangeAddress, parseRangeAddress } from "./address";

describe("A1 addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s, and back", (number, letters) => {
    expect(columnLetters(number)).toBe(letters);
    expect(columnNumber(letters)).toBe(number);
  });

  it("reads ranges with or without $, corners in any order, and single cells", () => {
    expect(parseRangeAddress("A3:H40")).toEqual({ top: 3, left: 1, bottom: 40, right: 8 });
    expect(parseRangeAddress(" $h$40:$a$3 ")).toEqual({ top: 3, left: 1, bottom: 40, right: 8 });
    expect(parseRangeAddress("B2")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  });

  it("refuses what is not inside Excel's grid", () => {
    for (const text of ["", "A0", "A3:", "Feuil1!A1", "XFE1", "A1048577", "A1:B2:C3", "3A"]) expect(parseRangeAddress(text)).toBeNull();
  });

  it("writes ranges as Excel does", () => {
    expect(formatRangeAddress({ top: 3, left: 1, bottom: 40, right: 8 })).toBe("A3:H40");
    expect(formatRangeAddress({ top: 2, left: 2, bottom: 2, right: 2 })).toBe("B2");
  });
});
