// Pure GB 32100-2015 unified social credit code (USCC) utilities: public API. Every export of
// these modules is public; the modules themselves are the place to read what each one offers.
export * from './alphabet';
export * from './normalize-code';
export * from './validate-uscc';
export * from './classify-code';
export * from './reg-no';
export * from './build-uscc';
export * from './personal-id';
