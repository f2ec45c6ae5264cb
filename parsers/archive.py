"""Reading members of ZIP packages (DOCX, ODT) within limits.

A DOCX is a ZIP file, and a ZIP can declare small sizes while inflating to
gigabytes (a zip bomb), or hold thousands of members. We check the declared
sizes before reading anything, and cap what is actually inflated, because the
declared sizes are written by whoever made the file.
"""

from __future__ import annotations

import io
import zipfile

from parsers.limits import MB, Limits

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class PackageError(Exception):
    """The package cannot be read; `status` says how (a DocStatus value) and the message says why."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class Package:
    """A ZIP package opened for reading under `limits`."""

    def __init__(self, data: bytes, limits: Limits) -> None:
        self._limits = limits
        self._read_total = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            if data.startswith(OLE2_MAGIC):
                if _ole_has_stream(data, "EncryptedPackage"):
                    # Office stores a password-protected .docx as an OLE2 file holding the encrypted ZIP.
                    raise PackageError("encrypted", "the document is password-protected") from exc
                raise PackageError(
                    "unsupported", "a Word 97-2003 (.doc) file named as .docx; a .docx or PDF copy is needed"
                ) from exc
            raise PackageError("corrupt", "the file is damaged (not a readable ZIP package)") from exc
        if len(infos) > limits.max_zip_members:
            raise PackageError("too_large", f"the package holds more than {limits.max_zip_members} parts")
        declared = sum(max(0, info.file_size) for info in infos)
        if declared > limits.max_unzipped_bytes:
            raise PackageError(
                "too_large",
                f"the file unpacks to {declared / MB:.0f} MB, over the {limits.max_unzipped_bytes / MB:.0f} MB limit",
            )
        self.names = {info.filename for info in infos}

    def read(self, name: str) -> bytes:
        """One member's bytes; never more than the unzipped limit left, whatever the header claims."""
        budget = self._limits.max_unzipped_bytes - self._read_total
        try:
            with self._zip.open(name) as member:
                data = member.read(budget + 1)
        except KeyError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
            # RuntimeError: an encrypted member ("password required")
            raise PackageError("corrupt", f"a part of the file is damaged ({name})") from exc
        if len(data) > budget:
            raise PackageError(
                "too_large", f"the file unpacks to more than {self._limits.max_unzipped_bytes / MB:.0f} MB"
            )
        self._read_total += len(data)
        return data

    def read_optional(self, name: str) -> bytes | None:
        try:
            return self.read(name)
        except KeyError:
            return None


def _ole_has_stream(data: bytes, name: str) -> bool:
    try:
        import olefile

        with olefile.OleFileIO(data) as ole:
            return ole.exists(name)
    except Exception:
        return True  # cannot tell: an OLE2 file where a .docx should be is most often an encrypted one
