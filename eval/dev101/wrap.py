"""dev101 helper: the texts are written as wrapped triple-quoted blocks; w() joins them."""


def w(block: str) -> str:
    """One line, single spaces: the block's lines joined, indentation dropped."""
    return " ".join(block.split())
