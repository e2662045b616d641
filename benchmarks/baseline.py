"""The baseline every throughput figure is judged against (issues 3 and 10): lark's LALR
parser reading each utterance with a trivial word grammar, ``start: item*`` over words,
numbers and punctuation. One definition, so that every benchmark measures the same floor.
"""

TRIVIAL = r"""
start: item*
item: WORD | NUMBER | PUNCT
WORD: /[^\W\d_]+(?:['’-][^\W\d_]+)*/
NUMBER: /\d+(?:[.,]\d+)*/
PUNCT: /[^\w\s]/
%ignore /\s+/
"""
