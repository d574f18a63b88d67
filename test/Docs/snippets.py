# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# The code in the embedding docs is the tested code: every fenced block after
# a `<!-- snippet: PATH -->` marker must occur verbatim in PATH (relative to
# the repository), so a doc example cannot drift from the example project, the
# C API test or the fx-opt test it quotes.
#
# RUN: %python %s %fx_src_root docs/Embedding.md docs/Listener.md | FileCheck %s
# CHECK: docs/Embedding.md: [[N:[1-9][0-9]*]] snippets, all found
# CHECK: docs/Listener.md: {{[1-9][0-9]*}} snippets, all found

import os
import re
import sys

MARKER = re.compile(r"<!-- snippet: (\S+) -->\n```[a-z+]*\n(.*?)```", re.S)


def main(root, docs):
    failed = False
    for doc in docs:
        with open(os.path.join(root, doc)) as f:
            text = f.read()
        snippets = MARKER.findall(text)
        missing = []
        for path, code in snippets:
            with open(os.path.join(root, path)) as f:
                if code not in f.read():
                    missing.append(path)
        for path in missing:
            print(f"{doc}: a snippet is not in {path}")
        failed |= bool(missing) or not snippets
        print(f"{doc}: {len(snippets)} snippets, "
              f"{'all found' if not missing else f'{len(missing)} missing'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
