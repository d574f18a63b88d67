# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# The differential harness with --all-keys: besides the seven keys of
# decompose-hook-differential.py, every key of PyTorch 2.13's
# _COPY_META_FIELDS is compared on every created node, and from_node as
# provenance (fx-decompose with provenance=true against the NodeSource lists
# run_decompositions records: source name, target and action), and
# original_aten, which make_fx sets to the op it is dispatching (linear's
# permute records aten.t.default, batch_norm's getitem
# aten._native_batch_norm_legit_no_training.default): every node agrees on
# every key, with no explained difference. The retrace records original_aten
# on the nodes it keeps too: fx-decompose's kept call nodes are compared with
# the node run_decompositions remade of each.
# RUN: %python %S/../../utils/hook_differential.py --fx-opt fx-opt --models mlp,conv_bn_relu --all-keys 2>/dev/null | FileCheck %s
#
# Without provenance the replaced-op run has no from_node and the totals fail.

# CHECK: mlp [first-argument]: 4 created nodes, 4 in decompositions equal to PyTorch's, 4 agree on every key; 0 explained and 0 unexplained differences
# CHECK: mlp [replaced-op]: 4 created nodes, 4 in decompositions equal to PyTorch's, 4 agree on every key; 0 explained and 0 unexplained differences
# CHECK: mlp [replaced-op]: 1 kept call nodes compared, 1 agree on original_aten
# CHECK: conv_bn_relu [first-argument]: 5 created nodes, 5 in decompositions equal to PyTorch's, 5 agree on every key; 0 explained and 0 unexplained differences
# CHECK: conv_bn_relu [replaced-op]: 5 created nodes, 5 in decompositions equal to PyTorch's, 5 agree on every key; 0 explained and 0 unexplained differences
# CHECK: total [first-argument]: 9 created nodes, 9 compared, 9 agree on every key; per key: name 9/9, target 9/9, type 9/9, nn_module_stack 9/9, torch_fn 9/9, custom 9/9, stack_trace 9/9, source_fn_stack 9/9, original_aten 9/9, recompute 9/9, ac_graph_id 9/9, has_backward_hook 9/9, from_node 9/9, quantization_tag 9/9, _numeric_debug_handle 9/9, partitioner_tag 9/9
# CHECK: total [replaced-op]: 9 created nodes, 9 compared, 9 agree on every key; per key: target 9/9, type 9/9, nn_module_stack 9/9, torch_fn 9/9, custom 9/9, stack_trace 9/9, source_fn_stack 9/9, original_aten 9/9, recompute 9/9, ac_graph_id 9/9, has_backward_hook 9/9, from_node 9/9, quantization_tag 9/9, _numeric_debug_handle 9/9, partitioner_tag 9/9
# CHECK: total [replaced-op]: 2 kept call nodes compared, 2 agree on original_aten
# CHECK-NOT: stale
