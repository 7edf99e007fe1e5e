// Types for electron/make-icon.mjs (plain JavaScript so it runs before anything is compiled).
export declare const SIZE: number;
export type IconShape =
  | { kind: 'circle'; fill: string; cx: number; cy: number; r: number }
  | { kind: 'polygon'; fill: string; points: Array<[number, number]> };
export declare function iconShapes(): IconShape[];
export declare function renderSvg(shapes?: IconShape[]): string;
export declare function rasterize(shapes?: IconShape[], size?: number): Buffer;
export declare function encodePng(rgba: Buffer, size: number): Buffer;
export declare function renderPng(size?: number): Buffer;
