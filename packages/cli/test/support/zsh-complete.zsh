# zsh -f zsh-complete.zsh DIR LINE [source]: prints, one per line, the matches
# an interactive zsh offers for LINE<TAB>, with DIR (holding _so-chat) on
# $fpath, or with "source": with DIR/_so-chat sourced after compinit.
# It drives a real zsh on a pseudo-terminal (zsh/zpty) and records what the
# completion functions hand to compadd.
zmodload zsh/zpty || exit 3
zpty z zsh -f -i
if [[ $3 == source ]]; then
  zpty -w z "PROMPT='' RPROMPT=''; autoload -U compinit; compinit -u -D; source ${(q)1}/_so-chat"
else
  zpty -w z "PROMPT='' RPROMPT=''; fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -D"
fi
zpty -w z "bindkey '^I' complete-word; zstyle ':completion:*' menu no"
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  local -a hits; builtin compadd -A hits "$@"
  local h; for h in $hits; do print -n -- "<HIT>$h</HIT>"; done
  builtin compadd "$@"
}'
read_until() {
  local out="" chunk i
  for i in {1..400}; do
    if zpty -rt z chunk; then out+=$chunk; [[ $out == *$1* ]] && { REPLY=$out; return 0 }; else sleep 0.05; fi
  done
  REPLY=$out; return 1
}
# The markers are split in what is typed so that only their output matches.
zpty -w z "print -- '<RE''ADY>'"
read_until '<READY>' || { print -u2 "zsh did not start: $REPLY"; exit 4 }
zpty -w -n z "$2"$'\t'
zpty -w -n z $'\C-e<E''ND>'
read_until '<END>' || { print -u2 "no answer: $REPLY"; exit 5 }
print -rl -- ${(u)${(M)${(s:</HIT>:)REPLY}:#*<HIT>*}#*<HIT>}
zpty -d z
