"""Items of eval/dev68 (written blind; see README.md).

Hostages taken on October 7 and released, the exchanges for Palestinian prisoners
(November 2023, January-February and October 2025), bodies returned, Palestinians detained in
the West Bank and Gaza, deaths in custody, Israel's prisons and their capacity.
"""

from figset import F

F(
    "Israeli military says 199 hostages held in Gaza",
    "The Israeli military said on Monday it had notified the families of"
    " [[199 people|kidnapped;a=The Israeli military]] taken hostage in Gaza, up from an"
    " earlier figure of [[155|kidnapped;a=The Israeli military]], as its aircraft kept up"
    " strikes on the enclave. Officials said [[about 1,400 people|killed;a=Officials]] were"
    " killed in the Hamas attack of {{October 7}}, most of them civilians.",
)

F(
    "Hamas frees 13 Israelis on first day of truce",
    "Hamas released [[13 Israeli hostages|kidnapped;a=the Israeli prime minister's office]]"
    " on Friday, among them children and women in their {{80s}}, the Israeli prime"
    " minister's office said, on the {{first}} day of a {{four-day}} truce. Israel freed"
    " [[24 Palestinian women|other;a=Qatar's foreign ministry]] and"
    " [[15 teenage boys|other;a=Qatar's foreign ministry]] held in its prisons,"
    " [[39 prisoners|other;a=Qatar's foreign ministry]] in all, Qatar's foreign ministry"
    " said. Thailand said [[10 of its citizens|kidnapped;a=Thailand]] held in Gaza had also"
    " been freed.",
)

F(
    "Week-long truce saw 105 hostages and 240 prisoners freed",
    "Over the {{seven days}} of the truce, Hamas and other groups in Gaza freed"
    " [[105 hostages|kidnapped]]: [[81 Israelis|kidnapped]], [[23 Thais|kidnapped]] and"
    " [[one Filipino|kidnapped]]. Israel released"
    " [[240 Palestinian prisoners|other;a=the Palestinian Prisoners' Society]],"
    " [[169 of them|other;n=-;a=the Palestinian Prisoners' Society]] teenage boys and the"
    " rest women, the Palestinian Prisoners' Society said. Mediators failed to agree on an"
    " {{eighth}} day, and fighting resumed on Friday morning. The truce had begun on"
    " {{November 24}}.",
)

F(
    "Israel publishes names of 737 prisoners to be freed under Gaza deal",
    "Under the {{first}} stage of the ceasefire deal, Hamas is to release"
    " [[33 hostages|kidnapped;p]] over {{six weeks}} in exchange for"
    " [[up to 1,904 Palestinians|other;p]]. Israel's justice ministry published the names"
    " of [[737 prisoners|other;p;a=Israel's justice ministry]] to be freed, and said"
    " [[1,167 Gazans|other;p;a=Israel's justice ministry]] detained during the war who had"
    " not taken part in the {{October 7}} attack would also be released.",
)

F(
    "Three Israeli women freed as Gaza ceasefire begins",
    "Hamas handed [[three Israeli women|kidnapped;a=the military]] to the Red Cross in Gaza"
    " City on Sunday, hours after the ceasefire took effect, and they were brought back to"
    " Israel, the military said. Early on Monday Israel released"
    " [[90 Palestinian prisoners|other;a=the Israel Prison Service]] from Ofer prison,"
    " [[69 of them|other;n=-;a=the Israel Prison Service]] women and"
    " [[21 teenagers|other;a=the Israel Prison Service]], the Israel Prison Service said."
    " The truce is meant to last {{42 days}}.",
)

F(
    "Hamas hands over bodies of four hostages",
    "Hamas handed over the bodies of [[four hostages|killed]] on Thursday, the {{first}}"
    " dead captives returned under the ceasefire, among them a mother and her sons, {{aged"
    " four}} and {{nine months}} when they were taken. In return, Israel is due to free"
    " [[more than 600 Palestinian prisoners|other;p;a=the prime minister's office]] whose"
    " release it had delayed, the prime minister's office said.",
)

F(
    "59 hostages remain in Gaza after first phase, Israel says",
    "[[Fifty-nine hostages|kidnapped;a=the prime minister's office]] remain in Gaza after"
    " the exchanges of the ceasefire's {{first}} phase,"
    " [[at least 35 of them|killed;n=-;a=the prime minister's office]] believed to be dead,"
    " the prime minister's office said on Sunday. The Hostages and Missing Families Forum"
    " said [[24|kidnapped;a=The Hostages and Missing Families Forum]] were thought to be"
    " alive and urged the government to move to the {{second}} phase without delay.",
)

F(
    "All 20 living hostages freed as Israel releases nearly 2,000 Palestinians",
    "Hamas released [[all 20 living hostages|kidnapped]] on Monday under the US-brokered"
    " ceasefire, after {{737 days}} in captivity. In return, Israel freed"
    " [[1,968 Palestinians|other;a=the Israel Prison Service]], including"
    " [[250 prisoners|other;a=the Israel Prison Service]] serving life or long sentences"
    " and [[1,718 detainees|other;a=the Israel Prison Service]] held from Gaza without"
    " charge, the Israel Prison Service said. The remains of"
    " [[28 deceased hostages|killed;p]] were to be handed over later.",
)

F(
    "Palestinians held by Israel exceed 10,000, prisoners' group says",
    "Israel is holding"
    " [[more than 10,000 Palestinians|arrested;a=the Palestinian Prisoners' Society]] from"
    " the occupied West Bank and Gaza,"
    " [[about 3,400 of them|arrested;n=-;a=the Palestinian Prisoners' Society]] in"
    " administrative detention without charge or trial, the Palestinian Prisoners' Society"
    " said on Tuesday. The group said"
    " [[more than 300 children|arrested;a=The group;alt=the Palestinian Prisoners' Society]]"
    " were among those held. Administrative detention orders can be renewed every {{six"
    " months}} without limit.",
)

F(
    "UN says dozens of Gaza detainees have died in Israeli custody",
    "The UN human rights office said"
    " [[at least 53 Palestinians|killed;a=The UN human rights office]] from Gaza had died"
    " in Israeli custody since {{October 2023}}, and that"
    " [[thousands more|arrested;n=-;a=The UN human rights office]] were being held without"
    " access to lawyers or their families. UNRWA said"
    " [[more than 1,500 detainees|arrested;a=UNRWA]] released through the Kerem Shalom"
    " crossing had described beatings and prolonged stress positions.",
)

F(
    "Israel's prisons far over capacity, prison service tells lawmakers",
    "Israel's prisons hold [[about 21,000 inmates|arrested;a=the Israel Prison Service]] in"
    " space designed for [[14,500|capacity;a=the Israel Prison Service]], the Israel Prison"
    " Service told a Knesset committee, leaving"
    " [[thousands of prisoners|arrested;a=the Israel Prison Service]] sleeping on floors."
    " The service said it planned to add"
    " [[4,000 places|capacity;p;a=The service;alt=the Israel Prison Service]] by the end of"
    " {{2025}}, including"
    " [[two new wings|capacity;u=structure;p;a=The service;alt=the Israel Prison Service]]"
    " at Ketziot. Rights groups say the overcrowding has been used as a form of punishment.",
)

F(
    "Hostage families mark 500 days since October 7",
    "Relatives of hostages held in Gaza rallied in Tel Aviv's Hostages Square on Monday to"
    " mark {{500 days}} since the attack of {{October 7, 2023}}, the Hostages and Missing"
    " Families Forum said. The forum, set up in the {{first}} days after the attack, urged"
    " the government to complete the {{second}} phase of the ceasefire deal within {{two"
    " weeks}}. Speakers read out the names of the captives.",
)

F(
    "Thailand welcomes home workers freed from Gaza",
    "Thailand's foreign ministry said"
    " [[23 Thai nationals|kidnapped;a=Thailand's foreign ministry]] freed from Gaza during"
    " the truce had landed in Bangkok, and that"
    " [[eight|kidnapped;a=Thailand's foreign ministry]] were still believed to be held."
    " [[At least 39 Thai workers|killed;a=the ministry;alt=Thailand's foreign ministry]]"
    " were killed in the attack of {{October 7}}, and"
    " [[about 7,000|displaced;a=the ministry;alt=Thailand's foreign ministry]] have since"
    " been evacuated from Israel, the ministry said.",
)

F(
    "Israel rescues four hostages in deadly Nuseirat raid",
    "Israeli special forces rescued [[four hostages|kidnapped;a=the military]] held in"
    " Nuseirat in central Gaza on Saturday, the military said. The Gaza health ministry"
    " said [[274 Palestinians|killed;a=The Gaza health ministry]] were killed and"
    " [[about 700|injured;a=The Gaza health ministry]] wounded in the operation; the"
    " Israeli military put the Palestinian death toll at"
    " [[fewer than 100|killed;a=the Israeli military]]. [[One Israeli officer|killed]] was"
    " killed.",
)

F(
    "Israeli raids in West Bank net thousands of arrests",
    "Israeli forces have arrested"
    " [[more than 7,000 Palestinians|arrested;a=the Commission of Detainees' Affairs]] in"
    " the occupied West Bank since the war in Gaza began, the Commission of Detainees'"
    " Affairs said on Sunday. In Jenin and Tubas, troops detained"
    " [[15 to 20 people a night|arrested;a=the commission;alt=the Commission of Detainees'"
    " Affairs]] over the past week, the commission said. The army said it had detained"
    " [[more than 3,000 wanted suspects|arrested;a=The army]] across the territory.",
)

F(
    "Hamas frees two American hostages, citing humanitarian reasons",
    "Hamas freed [[two American women|kidnapped]], a mother and daughter from Illinois, on"
    " Friday after mediation by Qatar, the {{first}} captives released since the {{October"
    " 7}} attack. An Israeli official said"
    " [[more than 200 people|kidnapped;a=An Israeli official]] were still held in Gaza,"
    " including [[about 20 children|kidnapped;a=An Israeli official]].",
)

F(
    "Red Cross says it helped bring home 25 living hostages and 1,777 detainees",
    "The International Committee of the Red Cross said it had facilitated the release of"
    " [[25 hostages|kidnapped;a=The International Committee of the Red Cross]] and"
    " [[1,777 Palestinian detainees|other;a=The International Committee of the Red Cross]]"
    " during the {{first}} phase of the ceasefire, and had carried the remains of"
    " [[eight hostages|killed;a=The International Committee of the Red Cross]] to Israel."
    " Its teams also returned the bodies of [[dozens of Palestinians|killed]] to Gaza.",
)

F(
    "Israeli army recovers bodies of six hostages from Khan Younis tunnel",
    "The Israeli military said on Tuesday it had recovered the bodies of"
    " [[six hostages|killed;a=The Israeli military]] from a tunnel in Khan Younis,"
    " [[five of them|killed;n=-;a=The Israeli military]] taken from Kibbutz Nir Oz. The"
    " prime minister's office said [[101 hostages|kidnapped;a=The prime minister's office]]"
    " were still in Gaza, {{about a third}} of whom were believed to be dead.",
)

F(
    "Gaza health workers detained in hospital raids, monitor says",
    "Healthcare Workers Watch, a Palestinian monitoring group, said"
    " [[more than 300 health workers|arrested;a=Healthcare Workers Watch]] had been"
    " detained by Israeli forces in Gaza since {{October 2023}}, including"
    " [[four doctors|killed;a=Healthcare Workers Watch]] who later died in custody."
    " [[About 100|arrested;a=Healthcare Workers Watch]] are still held, among them the"
    " director of Kamal Adwan hospital, it said.",
)

F(
    "Hamas names six hostages to be freed on Saturday",
    "Hamas said it would free [[six living hostages|kidnapped;p;a=Hamas]] on Saturday, the"
    " last living captives due for release in the {{first}} phase. In return, Israel is to"
    " release"
    " [[602 Palestinian prisoners|other;p;a=the Palestinian Prisoners' Media Office]],"
    " including [[445 Gazans|other;p;a=the Palestinian Prisoners' Media Office]] detained"
    " during the war, according to the Palestinian Prisoners' Media Office.",
)

F(
    "Israel holds nearly 1,800 Gazans as 'unlawful combatants', group says",
    "HaMoked, an Israeli rights group, said [[1,772 people|arrested;a=HaMoked]] from Gaza"
    " were being held under the {{2002}} Unlawful Combatants Law, which allows detention"
    " without access to a lawyer for up to {{75 days}}. The group said it had received"
    " [[more than 3,000 requests|other;u=other;a=The group;alt=HaMoked]] from families"
    " trying to find out whether relatives had been detained.",
)

F(
    "Israel hands Lebanese detainees back to Lebanon",
    "Israel released [[seven Lebanese nationals|arrested;a=the Lebanese army]] it had"
    " detained during the war with Hezbollah and handed them over at the Naqoura crossing"
    " on Tuesday, the Lebanese army said. Lebanese officials say"
    " [[at least 13 more|arrested;n=-;a=Lebanese officials]] remain in Israeli custody.",
)
