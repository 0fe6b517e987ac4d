/** The little of datapackage-js (the Frictionless Data library for JavaScript) the tests use. */
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    valid: boolean;
    errors: Error[];
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<Array<Record<string, unknown>>>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
  const datapackage: {
    Package: { load(descriptor: string, options?: { basePath?: string }): Promise<Package> };
  };
  export default datapackage;
}
