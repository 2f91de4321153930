"""Loads a scenario module and calls its optional setup and teardown, sync or async."""
import asyncio
import importlib.util
import inspect
import os
import sys
import threading
import traceback


class ScenarioError(Exception):
    """A scenario that cannot be loaded or set up: the message says where and how to fix it."""

    def __init__(self, message, stack=None):
        Exception.__init__(self, message)
        self.stack = stack


class ScenarioInfo(dict):
    """What setup(info) receives: `info.model` or `info["model"]`."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class Scenario:
    def __init__(self, module, display):
        self.module = module
        self.display = display
        self.run = module.run
        self.setup = getattr(module, "setup", None)
        self.teardown = getattr(module, "teardown", None)
        self.is_async = inspect.iscoroutinefunction(self.run)


_lock = threading.Lock()
_loaded = {}


def relative(path, root):
    """A path as reports show it: relative to the config's folder, with forward slashes."""
    try:
        rel = os.path.relpath(path, root)
    except ValueError:
        return path.replace(os.sep, "/")
    if rel.startswith(".." + os.sep) or rel == "..":
        return path.replace(os.sep, "/")
    return rel.replace(os.sep, "/")


def load_scenario(path, root):
    """Imports the scenario file once per process (threads share it) with its folder on sys.path."""
    with _lock:
        if path in _loaded:
            return _loaded[path]
        display = relative(path, root)
        for folder in (root, os.path.dirname(path)):
            if folder not in sys.path:
                sys.path.insert(1, folder)
        name = "cg_scenario_" + "".join(c if c.isalnum() else "_" for c in os.path.splitext(os.path.basename(path))[0])
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise ScenarioError("%s: cannot be imported as a Python module" % display)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except SyntaxError as error:
            where = relative(error.filename, root) if error.filename else display
            text = (error.text or "").rstrip("\n")
            caret = ""
            if text and error.offset:
                caret = "\n    " + " " * max(0, error.offset - 1 - (len(text) - len(text.lstrip()))) + "^"
            raise ScenarioError(
                "%s:%s: %s: %s (the scenario file does not parse under Python %d.%d)"
                % (where, error.lineno, type(error).__name__, error.msg, sys.version_info[0], sys.version_info[1]),
                ("    " + text.strip() + caret) if text else None,
            )
        except ImportError as error:
            raise ScenarioError(
                "%s: import failed: %s: %s (is it installed for this interpreter, Python %d.%d?)"
                % (display, type(error).__name__, error, sys.version_info[0], sys.version_info[1]),
                format_error(error),
            )
        except Exception as error:
            raise ScenarioError("%s: failed while importing: %s" % (display, describe(error)), format_error(error))
        run = getattr(module, "run", None)
        if not callable(run):
            found = sorted(n for n in vars(module) if not n.startswith("_"))
            raise ScenarioError(
                "%s: expected a function run(state) (def or async def), found: %s" % (display, ", ".join(found) or "nothing")
            )
        for hook in ("setup", "teardown"):
            value = getattr(module, hook, None)
            if value is not None and not callable(value):
                raise ScenarioError("%s: expected %s to be a function, got %s" % (display, hook, type(value).__name__))
        scenario = Scenario(module, display)
        _loaded[path] = scenario
        return scenario


async def invoke(fn, argument):
    """Calls a hook on the running loop, awaiting it when it is async."""
    result = fn(argument)
    if inspect.isawaitable(result):
        result = await result
    return result


def invoke_sync(fn, argument):
    """Calls a hook from a thread without a loop; an async hook gets a short-lived loop of its own."""
    result = fn(argument)
    if inspect.isawaitable(result):
        loop = asyncio.new_event_loop()
        try:
            result = loop.run_until_complete(_await(result))
        finally:
            loop.close()
    return result


async def _await(awaitable):
    return await awaitable


def describe(error):
    text = str(error)
    return "%s: %s" % (type(error).__name__, text) if text else type(error).__name__


def format_error(error, skip=0):
    """The traceback, without the harness's own frames on top."""
    tb = error.__traceback__
    for _ in range(skip):
        if tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
    return "".join(traceback.format_exception(type(error), error, tb)).rstrip()


def error_info(error, skip=1):
    return {"message": describe(error), "stack": format_error(error, skip)}
