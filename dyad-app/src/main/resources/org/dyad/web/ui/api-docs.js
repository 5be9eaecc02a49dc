'use strict';
// Swagger UI (WebJar, served from the jar) over the server's own OpenAPI document.
document.addEventListener('DOMContentLoaded', () => {
  window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true,
    defaultModelsExpandDepth: 1, tryItOutEnabled: false });
});
