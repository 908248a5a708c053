/** A 1×1 RGBA PNG as image tools write it (pngcheck finds no errors): the smallest logo an upload accepts. */
export const ONE_PIXEL_PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082",
  "hex",
);
