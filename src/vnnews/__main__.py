"""``python -m vnnews``: the same CLI as the ``vnnews`` command."""

from .cli import main

if __name__ == "__main__":
    main()
