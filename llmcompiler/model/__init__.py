"""The model side: normalised IR in, ranked pass lists out.

``prompt`` normalises IR and spells the answer; ``tokenizer`` turns prompts into ids (one token per
pass); ``model`` loads a model directory and proposes candidates (catalogue ranking or beam search);
``dataset`` builds the training corpus and its autotuner labels; ``train`` trains a model from them.
Imports only ``llvm/`` and the base modules.
"""
