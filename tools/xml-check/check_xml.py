#!/usr/bin/env python3
"""Checks that every XML file under the given folders (*.xml, which includes Salesforce *-meta.xml files)
is well formed. Usage: python3 tools/xml-check/check_xml.py <folder> [<folder> ...]"""
import pathlib
import sys
import xml.etree.ElementTree as ElementTree


def main(folders: list[str]) -> int:
    if not folders:
        print("usage: check_xml.py <folder> [<folder> ...]", file=sys.stderr)
        return 2
    files = sorted(p for folder in folders for p in pathlib.Path(folder).rglob("*.xml") if p.is_file())
    if not files:
        print(f"no XML files under {', '.join(folders)}", file=sys.stderr)
        return 1
    failed = 0
    for file in files:
        try:
            ElementTree.parse(file)
        except ElementTree.ParseError as error:
            failed += 1
            print(f"{file}: {error}", file=sys.stderr)
    print(f"xml-check: {len(files) - failed} of {len(files)} XML files are well formed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
