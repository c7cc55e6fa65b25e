"""``python -m newsgraph``: the same command line as the ``newsgraph`` script."""

from .cli import main

if __name__ == "__main__":
    main()
