# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# The differential harness with --all-keys: besides the seven keys of
# decompose-hook-differential.py, every key of PyTorch 2.13's
# _COPY_META_FIELDS is compared on every created node, and from_node as
# provenance (fx-decompose with provenance=true against the NodeSource lists
# run_decompositions records: source name, target and action). The only
# difference is original_aten, which make_fx sets itself rather than copies
# (explained in utils/hook_differential_explained.json).
# RUN: %python %S/../../utils/hook_differential.py --fx-opt fx-opt --models mlp,conv_bn_relu --all-keys 2>/dev/null | FileCheck %s
#
# Without provenance the replaced-op run has no from_node and the totals fail.

# CHECK: mlp [first-argument]: 4 created nodes, 4 in decompositions equal to PyTorch's, 4 agree on every key; 0 explained and 0 unexplained differences
# CHECK: mlp [replaced-op]: 4 created nodes, 4 in decompositions equal to PyTorch's, 0 agree on every key; 4 explained and 0 unexplained differences
# CHECK: total [first-argument]: 9 created nodes, 7 compared, 6 agree on every key; per key: name 6/7, target 7/7, type 7/7, nn_module_stack 7/7, torch_fn 7/7, custom 7/7, stack_trace 7/7, source_fn_stack 7/7, original_aten 7/7, recompute 7/7, ac_graph_id 7/7, has_backward_hook 7/7, from_node 7/7, quantization_tag 7/7, _numeric_debug_handle 7/7, partitioner_tag 7/7
# CHECK: total [replaced-op]: 9 created nodes, 7 compared, 0 agree on every key; per key: target 7/7, type 7/7, nn_module_stack 7/7, torch_fn 7/7, custom 7/7, stack_trace 7/7, source_fn_stack 7/7, original_aten 0/7, recompute 7/7, ac_graph_id 7/7, has_backward_hook 7/7, from_node 7/7, quantization_tag 7/7, _numeric_debug_handle 7/7, partitioner_tag 7/7
# CHECK-NOT: stale
