/**
 * Browser security headers (helmet): a Content Security Policy the built client works under, no framing,
 * no MIME sniffing, and no full URLs in the Referer header sent to other sites.
 */
import type { RequestHandler } from "express";
import helmet from "helmet";

const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Mantine injects <style> elements and Tiptap/ProseMirror set style attributes; styles cannot run code.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'", "data:"],
    // 'self' covers ws:/wss: to this origin (the collaboration socket) in current browsers.
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * In development /graphql serves Apollo's landing page, which loads its sandbox from Apollo's CDN, so the
 * policy is left off there; the client and every production response get it.
 */
export function securityHeaders(isProduction: boolean): RequestHandler {
  const withPolicy = helmet({ contentSecurityPolicy, referrerPolicy: { policy: "strict-origin-when-cross-origin" } });
  const withoutPolicy = helmet({ contentSecurityPolicy: false, referrerPolicy: { policy: "strict-origin-when-cross-origin" } });
  return (req, res, next) => (!isProduction && req.path.startsWith("/graphql") ? withoutPolicy : withPolicy)(req, res, next);
}
