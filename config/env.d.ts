// The `env` helper Strapi passes to config files (typed loosely by @strapi/types).
interface EnvFn {
  (key: string, defaultValue?: string): string;
  (key: string, defaultValue: undefined): string | undefined;
  int(key: string, defaultValue?: number): number;
  bool(key: string, defaultValue?: boolean): boolean;
  array(key: string, defaultValue?: string[]): string[];
}
