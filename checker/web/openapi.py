"""The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json.

The success body is the contract JSON; rather than copying the schema it points at the one the
package ships (served beside this document), so the two can never drift apart.
"""

from __future__ import annotations

from checker import __version__
from checker.web.inputs import TYPES

_ERROR = {"$ref": "#/components/schemas/Error"}


def _error(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ERROR}}}


def openapi_document() -> dict:
    """Paths are relative to the server that serves this document (no `servers` entry: behind a
    reverse proxy the app cannot know its public address, and the default "/" is right)."""
    type_schema = {"type": "string", "enum": list(TYPES), "default": "auto",
                   "description": "Soort rapportage; `auto` herkent het type zelf."}
    form = {
        "type": "object",
        "properties": {
            "file": {"type": "string", "contentMediaType": "application/octet-stream",
                     "description": "Het rapport: .docx, .pdf (met tekstlaag), .odt, .txt of .md (max. 20 MB)."},
            "text": {"type": "string", "description": "Of: de tekst van het rapport (niet samen met `file`)."},
            "type": type_schema,
        },
    }
    doc = {
        "openapi": "3.1.0",
        "info": {
            "title": "rapportcheck API",
            "version": __version__,
            "summary": "Controleert 2e-spoorrapportages op AVG-risico's, vaagheid, data en volledigheid.",
            "description": "Documenten worden alleen in het geheugen verwerkt en niet bewaard of gelogd. "
                           "Het antwoord volgt het contract `rapportcheck/1` (CONTRACT.md).",
        },
        "paths": {
            "/api/check": {
                "post": {
                    "operationId": "checkReport",
                    "summary": "Controleer één rapport",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "multipart/form-data": {"schema": form,
                                                    "encoding": {"file": {"contentType": "application/octet-stream"}}},
                            "application/x-www-form-urlencoded": {"schema": {
                                "type": "object", "required": ["text"],
                                "properties": {"text": form["properties"]["text"], "type": type_schema}}},
                            "application/json": {"schema": {
                                "type": "object", "required": ["text"],
                                "properties": {"text": {"type": "string"}, "type": type_schema}}},
                        },
                    },
                    "responses": {
                        "200": {"description": "Het resultaat volgens schema rapportcheck/1 (één rapport).",
                                "content": {"application/json": {"schema": {"$ref": "rapportcheck-1.schema.json"}}}},
                        "400": _error("Geen of lege invoer, ongeldige JSON, onbekend type, of een document dat "
                                      "niet kan worden gelezen (beschadigd, versleuteld, zip-bom, gescand)."),
                        "413": _error("Document of verzoek te groot (max. 20 MB)."),
                        "415": _error("Bestandstype of Content-Type niet ondersteund."),
                    },
                },
            },
            "/api/openapi.json": {"get": {"operationId": "openapi", "summary": "Deze beschrijving",
                                          "responses": {"200": {"description": "OpenAPI 3.1",
                                                                "content": {"application/json": {}}}}}},
            "/api/rapportcheck-1.schema.json": {
                "get": {"operationId": "schema", "summary": "Het JSON Schema van het resultaat",
                        "responses": {"200": {"description": "JSON Schema (draft 2020-12)",
                                              "content": {"application/schema+json": {}}}}}},
            "/healthz": {"get": {"operationId": "health", "summary": "Leeft de dienst?",
                                 "responses": {"200": {"description": "In orde", "content": {"application/json": {
                                     "schema": {"type": "object", "required": ["status"],
                                                "properties": {"status": {"const": "ok"},
                                                               "version": {"type": "string"}}}}}}}}},
        },
        "components": {"schemas": {"Error": {
            "type": "object", "required": ["error"],
            "properties": {"error": {"type": "object", "required": ["status", "message"], "properties": {
                "status": {"type": "integer"}, "message": {"type": "string", "description": "In het Nederlands."}}}},
        }}},
    }
    return doc
