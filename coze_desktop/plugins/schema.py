"""A small JSON Schema checker for plugin arguments: the subset plugin declarations use, with plain messages."""

from __future__ import annotations

from typing import Any

# The Coze plugin editor offers exactly these parameter types; a full JSON Schema library would add a large
# dependency (and its PyInstaller data files) to check a handful of flat objects.
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}

# No argument string needs more than this; a longer one is a mistake or an attack, not a song title.
MAX_STRING_LENGTH = 2000


def validate(value: Any, schema: dict[str, Any], path: str = "") -> list[str]:
    """Every way ``value`` breaks ``schema``, as sentences naming the offending field; empty when valid.

    Supports ``type`` (one or a list), ``properties``, ``required``, ``additionalProperties: false``,
    ``items``, ``enum``, ``minimum``/``maximum``, ``minLength``/``maxLength`` and ``maxItems``.
    """
    errors: list[str] = []
    label = path or "the arguments"
    expected = schema.get("type")
    if expected is not None:
        names = expected if isinstance(expected, list) else [expected]
        if not any(_is_type(value, name) for name in names):
            errors.append(f"{label} must be {' or '.join(_article(n) for n in names)}, not {_describe(value)}")
            return errors
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{label} must be one of {', '.join(map(repr, schema['enum']))}")
    if isinstance(value, dict):
        props: dict[str, Any] = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                errors.append(f"{_child(path, name)} is required")
        for name, item in value.items():
            if name in props:
                errors.extend(validate(item, props[name], _child(path, name)))
            elif schema.get("additionalProperties") is False:
                errors.append(f"{_child(path, name)} is not a known parameter")
    elif isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{label} may have at most {schema['maxItems']} items")
        if isinstance(schema.get("items"), dict):
            for i, item in enumerate(value):
                errors.extend(validate(item, schema["items"], f"{label}[{i}]"))
    elif isinstance(value, str):
        limit = min(schema.get("maxLength", MAX_STRING_LENGTH), MAX_STRING_LENGTH)
        if len(value) > limit:
            errors.append(f"{label} is too long ({len(value)} characters, at most {limit})")
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{label} must have at least {schema['minLength']} characters")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{label} must be at least {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{label} must be at most {schema['maximum']}")
    return errors


def _child(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _is_type(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False  # JSON true is not 1
    if name == "integer" and isinstance(value, float):
        return value.is_integer()  # 30.0 is an integer in JSON Schema
    return isinstance(value, _TYPES.get(name, (object,)))


def _article(name: str) -> str:
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


def _describe(value: Any) -> str:
    for name in _TYPES:
        if _is_type(value, name):
            return _article(name)
    return type(value).__name__
