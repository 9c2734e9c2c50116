export declare const SOURCE: string;
export declare function ordinaryPhotos(): { id: string; path: string }[];
