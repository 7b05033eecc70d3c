"""The laptops of a group kept in step through a folder a sync engine already shares.

Every organisation in a working group runs some file-sync engine (OneDrive/SharePoint,
Nextcloud, Syncthing, a network drive). The workbench rides on it, with no server of its
own: each laptop writes numbered, never-edited packages of its changes into its own
folder of the *exchange folder* (``layout``), reads the other laptops' new ones and
merges them with the exchange's merge rules (``receive``; the rules are in
``workbench.services.exchange.merge``), remembers per laptop what it merged, and
compacts its folder with a snapshot once every laptop has merged (``publish``). A
laptop never writes into another laptop's folder, so no file ever has two writers.

``engine.sync_once`` is one sync; ``status.sync_state`` is what the status bar and Home
show; ``location.synced_place`` tells when the live database itself lies in a synced
folder (it must not). Packages are written and read only through
``workbench.services.exchange.envelope``.
"""

from typing import TYPE_CHECKING, Any

from workbench.services.sync.location import SyncedPlace, synced_place
from workbench.services.sync.status import Problem, SyncState, sync_state

if TYPE_CHECKING:
    from workbench.services.sync.engine import SyncOptions, SyncReport, sync_once


def __getattr__(name: str) -> Any:
    """The engine's names when first used: it brings the packages' sealing
    (cryptography) and the group's keyring, which the window's start and the status
    bar do not need; the first sync does."""
    if name in ("SyncOptions", "SyncReport", "sync_once"):
        from workbench.services.sync import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Problem",
    "SyncOptions",
    "SyncReport",
    "SyncState",
    "SyncedPlace",
    "sync_once",
    "sync_state",
    "synced_place",
]
