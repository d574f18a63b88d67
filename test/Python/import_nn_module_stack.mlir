// REQUIRES: torch
// RUN: %python -m fx_mlir.import %S/../Inputs/small_models.py:TwoLayers --input-shape 3,8 --trace symbolic_trace | FileCheck %s --check-prefix=MODULES
// RUN: %python -m fx_mlir.import %S/../Inputs/small_models.py:TwoLayers --input-shape 3,8 --trace fake | FileCheck %s --check-prefix=ATEN

// symbolic_trace keeps leaf modules as call_module; the stack ends with the called module.
// PyTorch 2 records the stack itself, keyed by module path; the importer carries it as is.
// MODULES: %body_0 = fx.call_module body.0 "torch.nn.modules.linear.Linear"(%x) {fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["body", "body", "torch.nn.modules.container.Sequential"], ["body.0", "body.0", "torch.nn.modules.linear.Linear"]]>}
// MODULES-SAME: fused<"return self.head(self.body(x))">["forward"("{{.*}}small_models.py":29:0)]
// MODULES: %head = fx.call_module head "torch.nn.modules.linear.Linear"(%body_1) {fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["head", "head", "torch.nn.modules.linear.Linear"]]>}

// make_fx: ATen ops inside Linear carry the stack of modules that ran them, with their
// original classes (functional_call swaps them while tracing).
// ATEN: %addmm = fx.call_function aten.addmm.default(%body_0_bias, %x, %t) {fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___body", "body", "torch.nn.modules.container.Sequential"], ["L__self___body_0", "body.0", "torch.nn.modules.linear.Linear"]]>}
// ATEN-SAME: loc(callsite(fused<"return F.linear(input, self.weight, self.bias)">["forward"("{{.*}}linear.py":{{[0-9]+}}:0)] at callsite(fused<"input = module(input)">
// ATEN: %relu = fx.call_function aten.relu.default
// ATEN-SAME: ["L__self___body_1", "body.1", "torch.nn.modules.activation.ReLU"]

// The symbolic_trace graph (call_module nodes) goes fx -> fx graph module JSON -> GraphModule
// bound to the model: the outputs match PyTorch's, every node's metadata comes back key by key,
// and re-importing gives the same text.
// RUN: %python %fx_src_root/utils/roundtrip.py %S/../Inputs/small_models.py:TwoLayers --input-shape 3,8 --trace symbolic_trace | FileCheck %s --check-prefix=ROUNDTRIP
// ROUNDTRIP: outputs allclose: True; metadata equal: True; re-imported text identical: True
