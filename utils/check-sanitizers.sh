#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# Builds fx-mlir with AddressSanitizer, UndefinedBehaviorSanitizer and
# libstdc++'s assertions (-DFX_MLIR_SANITIZERS=ON) in ./build-asan and runs
# every lit and unit test with that build. A sanitizer report aborts the
# process that made it, so the test fails even where it expects an error exit;
# leaks are reported at exit (LeakSanitizer) the same way. The last lines are
# lit's summary; the exit status is lit's.
#
#   utils/check-sanitizers.sh
set -uo pipefail
cd "$(dirname "$0")/.."
build=${FX_ASAN_BUILD_DIR:-build-asan}

./utils/sanitized-build.sh "$build" -DFX_MLIR_SANITIZERS=ON || exit 1
# allow_user_poisoning=0: MLIR and LLVM are not instrumented, but LLVM's
# BumpPtrAllocator is inline code. Compiled into fx-mlir (instrumented) it
# poisons each new slab and unpoisons each allocation; libMLIR.so's own copy
# does neither, so ASan reported use-after-poison on objects the library
# allocated from a slab fx-mlir's code had started (16 lit tests). Linking
# MLIR's static libraries instead made it worse: the linker kept one
# instrumented slab allocator for all, and every run reported it. The option
# only ignores such manual poisoning; heap, stack, global and leak checks stay.
export ASAN_OPTIONS=allow_user_poisoning=0:detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1
# Leaks inside upstream MLIR that fx-mlir cannot free, each explained in the file.
export LSAN_OPTIONS="suppressions=$PWD/utils/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:abort_on_error=1
/usr/lib/llvm-22/bin/lit -s "$build/test" "$build/bench/test"
