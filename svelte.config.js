// Intentionally empty: vite-plugin-svelte warns without a config file.
export default {};
