"""The studio's models page at /inbox/studio/models: train a candidate from the labels and files,
watch it train, compare its scores with the live model's, try messages on it, publish it to every
replica, and roll back to any version published before. Marketers and admins only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import ClientError, web

from bot.app import model_versions
from bot.app.model_versions import StudioRefused
from bot.settings import rasa_cache_dir, shared_cache_dir
from bot.storage.model_versions import TRAINING
from bot.web import rasa_api
from bot.web.inbox import page_of
from bot.web.keys import DATABASE, HTTP, SETTINGS
from bot.web.studio import marketer, reading

routes = web.RouteTableDef()
LOAD_SECONDS = 180  # a replica loading a model (Rasa's PUT /model) takes 10-30 s here
PREVIEW_SECONDS = 60  # a preview turn runs the candidate's actions too


async def served_models(app: web.Application) -> dict[str, str | None]:
    """Each replica's address -> the file name of the model it serves (None when it does not answer)."""
    served: dict[str, str | None] = {}
    for url in app[SETTINGS].replica_urls:
        try:
            status = await rasa_api.call(app, "GET", "/status", None, at=url)
            served[url] = str(status.get("model_file")) if isinstance(status, dict) else None
        except (ClientError, TimeoutError, ValueError):
            served[url] = None
    return served


def _live_model(app: web.Application, served: dict[str, str | None]) -> Path | None:
    settings = app[SETTINGS]
    names = [name for name in served.values() if name]
    if not names:
        return None
    return model_versions.locate_model(settings.data_dir, shared_cache_dir(settings), names[0])


async def switch_every_replica(app: web.Application, model: Path) -> None:
    """Every replica serves `model`, or none changes: a replica that cannot load it puts the ones
    switched before it back on the model they served, and the refusal says which one failed."""
    settings = app[SETTINGS]
    before = await served_models(app)
    switched: list[str] = []
    for url in settings.replica_urls:
        try:
            await rasa_api.call(app, "PUT", "/model", {"model_file": str(model)}, seconds=LOAD_SECONDS, at=url)
            status = await rasa_api.call(app, "GET", "/status", None, at=url)
            if not isinstance(status, dict) or status.get("model_file") != model.name:
                raise ValueError("it answered but serves another model")
            switched.append(url)
        except (ClientError, TimeoutError, ValueError) as error:
            for done in switched:
                previous = model_versions.locate_model(
                    settings.data_dir, shared_cache_dir(settings), before.get(done) or ""
                )
                if previous is not None:
                    try:
                        await rasa_api.call(
                            app, "PUT", "/model", {"model_file": str(previous)}, seconds=LOAD_SECONDS, at=done
                        )
                    except (ClientError, TimeoutError, ValueError):
                        pass  # that replica keeps the new model; the page says publishing failed
            raise StudioRefused(
                f"The replica at {url} could not load the model ({error or type(error).__name__}); "
                "the assistant still serves the model it served before."
            ) from error


async def _ask_candidate(app: web.Application, version: Any, path: str, body: dict[str, str]) -> Any:
    """The candidate's answer (its training process serves it for a while), None when it has closed."""
    if not version or not version.preview_url or not version.preview_token:
        return None
    try:
        async with app[HTTP].post(
            f"{version.preview_url}{path}",
            json=body,
            headers={"Authorization": f"Bearer {version.preview_token}"},
            timeout=PREVIEW_SECONDS,
        ) as response:
            if response.status != 200:
                return None
            return await response.json()
    except (ClientError, TimeoutError, ValueError):
        return None


async def _page(request: web.Request, *, status: int = 200, **extra: Any) -> web.Response:
    versions = await model_versions.versions(request.app[DATABASE])
    served = await served_models(request.app)
    live_id = {url: model_versions.served_version(versions, name) for url, name in served.items()}
    context = await page_of(
        request,
        {
            "versions": versions,
            "served": served,
            "live_id": live_id,
            "training": any(v.state == TRAINING for v in versions),
            "busy": any(v.state == TRAINING or v.stage for v in versions),  # training, or starting its preview
            "error": None,
            "notes": [],
            "tried": None,
            "refused": None,
            "served_before": model_versions.SERVED_BEFORE,
            "done": None,
            **extra,
        },
    )
    return aiohttp_jinja2.render_template("inbox/studio_models.html", request, context, status=status)


@routes.get("/inbox/studio/models", name="inbox.studio_models")
async def models_page(request: web.Request) -> web.Response:
    await marketer(request)
    return await _page(request, done=request.query.get("done"))


@routes.get("/inbox/studio/models.json", name="inbox.studio_models_json")
async def models_state(request: web.Request) -> web.Response:
    """What the page polls while a version trains."""
    await marketer(request)
    versions = await model_versions.versions(request.app[DATABASE])
    return web.json_response(
        [{"id": v.id, "state": v.state, "stage": v.stage, "preview": bool(v.preview_url)} for v in versions]
    )


@routes.post("/inbox/studio/models/train", name="inbox.studio_train")
async def train(request: web.Request) -> web.StreamResponse:
    user = await marketer(request)
    settings = request.app[SETTINGS]
    try:
        version_id = await model_versions.start_training(
            request.app[DATABASE],
            data_dir=settings.data_dir,
            data_repo=settings.data_repo,
            rasa_python=settings.effective_rasa_python,
            rasa_cache=rasa_cache_dir(settings),
            user=user,
            live_model=_live_model(request.app, await served_models(request.app)),
        )
    except StudioRefused as refused:
        return await _page(request, error=str(refused), status=409)
    url = request.app.router["inbox.studio_models"].url_for().with_query(done=f"training version {version_id}")
    raise web.HTTPFound(url)


async def _publish(request: web.Request, *, rollback: bool) -> web.StreamResponse:
    user = await marketer(request)
    form = await request.post()
    settings = request.app[SETTINGS]
    version_id = int(request.match_info["version_id"])
    try:
        done = await model_versions.publish(
            request.app[DATABASE],
            version_id,
            user=user,
            reason=str(form.get("reason", ""))[:500],
            switch=lambda model: switch_every_replica(request.app, model),
            data_dir=settings.data_dir,
            data_repo=settings.data_repo,
            rollback=rollback,
        )
    except StudioRefused as refused:
        return await _page(request, error=str(refused), refused=version_id, status=409)
    said = f"Rolled back to version {version_id}" if rollback else f"Version {version_id} is live"
    took = f"Every replica took {done.load_seconds:.0f} s to load it"
    if not rollback and done.version.finished_at is not None:
        trained = (done.version.finished_at - done.version.started_at).total_seconds()
        took += f"; it was trained and scored in {trained:.0f} s"
    return await _page(request, done=f"{said} on every replica.", notes=[f"{took}.", *done.notes])


@routes.post("/inbox/studio/models/{version_id:\\d+}/publish", name="inbox.studio_publish")
async def publish(request: web.Request) -> web.StreamResponse:
    return await _publish(request, rollback=False)


@routes.post("/inbox/studio/models/{version_id:\\d+}/rollback", name="inbox.studio_rollback")
async def rollback(request: web.Request) -> web.StreamResponse:
    return await _publish(request, rollback=True)


@routes.post("/inbox/studio/models/{version_id:\\d+}/try", name="inbox.studio_try")
async def try_message(request: web.Request) -> web.StreamResponse:
    """The candidate's reading of a message beside the live assistant's."""
    await marketer(request)
    form = await request.post()
    text = str(form.get("text", "")).strip()[:2000]
    version_id = int(request.match_info["version_id"])
    versions = await model_versions.versions(request.app[DATABASE])
    version = next((v for v in versions if v.id == version_id), None)
    if not text:
        return await _page(request, error="Type a message to try.", status=422)
    candidate = await _ask_candidate(request.app, version, "/parse", {"text": text})
    live = await reading(request.app, text)
    return await _page(request, tried={"version": version_id, "text": text, "candidate": candidate, "live": live})


@routes.post("/inbox/studio/models/{version_id:\\d+}/chat", name="inbox.studio_chat")
async def chat(request: web.Request) -> web.Response:
    """A visitor's turn with the candidate (its actions on a scratch database): the page's preview chat."""
    await marketer(request)
    form = await request.post()
    text = str(form.get("text", "")).strip()[:2000]
    sender = "studio-preview-" + "".join(c for c in str(form.get("sender", "")) if c.isalnum())[:40]
    if not text:
        return web.json_response({"error": "Type a message."}, status=422)
    versions = await model_versions.versions(request.app[DATABASE])
    version = next((v for v in versions if v.id == int(request.match_info["version_id"])), None)
    replies = await _ask_candidate(request.app, version, "/chat", {"text": text, "sender": sender})
    if replies is None:
        return web.json_response(
            {"error": "The preview has closed (it stays open 15 minutes after a training); train again."}, status=409
        )
    return web.json_response({"replies": replies})
