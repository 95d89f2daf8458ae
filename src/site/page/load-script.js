// Loads a script of the site's folder once, by a <script src> tag: Chromium refuses ES
// modules and fetch() from a file:// folder, but runs a classic script from beside the page.
const loading = new Map();

export function loadScript(src) {
  let promise = loading.get(src);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => {
        loading.delete(src);
        reject(new Error(`${src} could not be loaded`));
      };
      document.head.append(script);
    });
    loading.set(src, promise);
  }
  return promise;
}
