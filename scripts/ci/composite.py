"""Runs a composite action's steps as the GitHub runner does, for the expressions action.yml uses.

    python scripts/ci/composite.py ACTION_YML [--with NAME=VALUE]... [--github KEY=VALUE]...

Each `run:` step runs with `bash --noprofile --norc -eo pipefail` in the current folder, with
the step's `env:` over this process's environment, GITHUB_ACTION_PATH set to the action's
folder, GITHUB_OUTPUT and GITHUB_PATH files of its own and RUNNER_TEMP (this process's, else a
temporary folder removed at the end); what a step writes to GITHUB_OUTPUT becomes `steps.<id>.outputs`. Expressions may only be plain
references, `${{ inputs.NAME }}`, `${{ github.KEY }}` or `${{ steps.ID.outputs.NAME }}`:
anything else is an error, so a construct this stand-in does not evaluate is never silently
wrong. Prints the action's outputs as `NAME=VALUE` lines on stdout at the end and exits with
the first failing step's exit code (0 when all pass), after the outputs set so far and the
folders added to PATH (`PATH+=FOLDER`). scripts/ci/ship.sh uses it to run
action.yml on the sample draft; it needs PyYAML (pre-commit brings it).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def evaluate(text, context):
    def value(match):
        path = match.group(1)
        parts = path.split(".")
        if parts[0] == "inputs" and len(parts) == 2:
            return context["inputs"][parts[1]]
        if parts[0] == "github" and len(parts) == 2:
            return context["github"].get(parts[1], "")
        if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
            return context["steps"].get(parts[1], {}).get(parts[3], "")
        sys.exit(f"composite.py: cannot evaluate ${{{{ {path} }}}}")

    return EXPRESSION.sub(value, str(text))


def read_outputs(path):
    outputs = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if "<<" in line.split("=", 1)[0]:
                sys.exit("composite.py: multi-line outputs are not supported")
            if "=" in line:
                name, value = line.split("=", 1)
                outputs[name] = value
    return outputs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action")
    parser.add_argument("--with", dest="inputs", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--github", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args()

    with open(args.action, encoding="utf-8") as file:
        action = yaml.safe_load(file)
    if action["runs"]["using"] != "composite":
        sys.exit("composite.py: not a composite action")
    action_path = os.path.dirname(os.path.abspath(args.action))

    inputs = {name: str(spec.get("default", "")) for name, spec in action.get("inputs", {}).items()}
    for pair in args.inputs:
        name, value = pair.split("=", 1)
        if name not in inputs:
            sys.exit(f"composite.py: the action has no input {name!r}")
        inputs[name] = value
    github = {"action_path": action_path, "token": ""}
    github.update(pair.split("=", 1) for pair in args.github)
    context = {"inputs": inputs, "github": github, "steps": {}}

    work = tempfile.mkdtemp(prefix="composite-")
    runner_temp = os.environ.get("RUNNER_TEMP") or os.path.join(work, "runner-temp")
    os.makedirs(runner_temp, exist_ok=True)
    github_path = os.path.join(work, "github-path")
    open(github_path, "w").close()

    status = 0
    for number, step in enumerate(action["runs"]["steps"]):
        if "run" not in step:
            sys.exit("composite.py: only `run:` steps are supported")
        if step.get("shell") != "bash":
            sys.exit("composite.py: only `shell: bash` steps are supported")
        output = os.path.join(work, f"output-{number}")
        open(output, "w").close()
        env = dict(os.environ)
        env.update({name: evaluate(value, context) for name, value in step.get("env", {}).items()})
        env.update(GITHUB_ACTION_PATH=action_path, GITHUB_OUTPUT=output, GITHUB_PATH=github_path,
                   RUNNER_TEMP=runner_temp, GITHUB_ACTIONS="true")
        script = os.path.join(work, f"step-{number}.sh")
        with open(script, "w", encoding="utf-8") as file:
            file.write(evaluate(step["run"], context))
        print(f"composite.py: step {step.get('name', number)}", file=sys.stderr, flush=True)
        status = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], env=env)
        if "id" in step:
            context["steps"][step["id"]] = read_outputs(output)
        if status != 0:
            break

    for name, spec in action.get("outputs", {}).items():
        print(f"{name}={evaluate(spec['value'], context)}")
    with open(github_path, encoding="utf-8") as lines:
        for line in lines:
            print(f"PATH+={line.rstrip()}")
    shutil.rmtree(work)
    sys.exit(status)


if __name__ == "__main__":
    main()
