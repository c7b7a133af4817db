"""Every check module; importing this package registers them all (one import per line)."""

from checker.rules.checks import avg_model  # noqa: F401
from checker.rules.checks import document  # noqa: F401
from checker.rules.checks import functions  # noqa: F401
from checker.rules.checks import health_context  # noqa: F401
from checker.rules.checks import identifiers  # noqa: F401
from checker.rules.checks import lexicon  # noqa: F401
from checker.rules.checks import third_party  # noqa: F401
from checker.rules.checks import timeline_activities  # noqa: F401
from checker.rules.checks import vague  # noqa: F401
from checker.rules.checks import vague_model  # noqa: F401
