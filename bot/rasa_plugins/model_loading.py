"""Load a trained DIET or ResponseSelector without tracing its training graph.

Rasa 3.6 builds a saved model's weights by compiling it and fitting one example before it loads
the weights (`RasaModel.load`). Compiled in graph mode, that fit traces the whole training step
with autograph, which is thrown away at once: measured with py-spy, 20 of the 30 s a Rasa server
spent loading our model, on every start of every replica and test stack. Here the one-example
fit runs eagerly (the same layers and weights get built, in about a second), the weights are
loaded, and the model is compiled again as configured before the first prediction traces the
predict step as Rasa does. Fine-tuning (`rasa train --finetune`) keeps Rasa's own path, since it
goes on training with that optimizer. Installed by bot/runner/rasa_server.py before Rasa starts.

Rasa 3.6 internals overridden or relied on:
- `rasa.utils.tensorflow.models.RasaModel.load` (a public classmethod): replaced on the class by
  `install()`; the original is kept for fine-tuning.
- `RasaBatchDataGenerator`, `RasaModel.run_inference`, the `learning_rate` and `run_eagerly`
  config keys (`rasa.utils.tensorflow.constants`), as Rasa's own `load` uses them.
"""

from __future__ import annotations

from typing import Any


def install() -> None:
    """Load models with an eager one-example fit in this process (the Rasa server)."""
    from rasa.utils.tensorflow.models import RasaModel

    if getattr(RasaModel.load, "eager_build", False):
        return
    original = RasaModel.load.__func__  # type: ignore[attr-defined]

    def load(
        cls: Any,
        model_file_name: str,
        model_data_example: Any,
        predict_data_example: Any = None,
        finetune_mode: bool = False,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        if finetune_mode:
            return original(
                cls, model_file_name, model_data_example, predict_data_example, finetune_mode, *args, **kwargs
            )
        import tensorflow as tf
        from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY
        from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator

        model = cls(*args, **kwargs)
        config = kwargs.get("config", {})
        learning_rate = config.get(LEARNING_RATE, 0.001)
        model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate), run_eagerly=True)
        model.fit(RasaBatchDataGenerator(model_data_example, batch_size=1), verbose=False)
        model.load_weights(model_file_name).expect_partial()
        model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate), run_eagerly=config.get(RUN_EAGERLY))
        if predict_data_example:
            model.run_inference(predict_data_example)
        return model

    load.eager_build = True  # type: ignore[attr-defined]
    RasaModel.load = classmethod(load)  # type: ignore[method-assign,assignment]
