"""dev8 texts: radio and TV bulletin scripts, posts on X and Telegram, feed summaries, tickers and
numbered updates.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(marks.py). Split from build.py, unchanged.
"""

from marks import F

# ---------------------------------------------------------------- radio and TV bulletin scripts

F(
    "Radio bulletin: Sudan, attack on village near El Obeid",
    "In Sudan, [[at least 40 people|killed;a=medics]] have been killed in an attack on a village in North Kordofan, medics say. "
    "The Sudan Doctors Network says [[more than 60|injured;a=The Sudan Doctors Network]] were wounded and that [[hundreds of families|displaced;a=The Sudan Doctors Network]] have fled towards El Obeid. "
    "The paramilitary Rapid Support Forces have not commented.",
)

F(
    "TV bulletin script: floods of displaced reach Goma",
    "ANCHOR: Turning now to eastern Congo, where the UN says [[some 135,000 people|displaced;a=the UN]] have fled into Goma in the past {{week}} alone. "
    "Aid groups there say [[fewer than 20 water points|aid;a=Aid groups;u=other]] are working for the camps around the city, and cholera cases are rising.",
)

F(
    "Bulletin: Nigeria school abduction, Kaduna",
    "Gunmen in north-west Nigeria have abducted [[more than 280 pupils|kidnapped;a=local officials]] from a school in Kaduna state, local officials say. "
    "Police say [[23 suspects|arrested;a=Police]] have been arrested in the nearby forests. "
    "The state governor says [[roughly 100|kidnapped;a=The state governor]] of the children are {{younger than 12}}.",
)

F(
    "World service headlines at the top of the hour",
    "The headlines at {{1400 GMT}}. "
    "Ukraine's emergency service says [[nine people|killed;a=Ukraine's emergency service]] have died and [[34|injured;a=Ukraine's emergency service]] were hurt in a missile strike on Dnipro. "
    "In Haiti, the UN migration agency says [[nearly 5,000 people|displaced;a=the UN migration agency]] fled Mirebalais after gangs overran the town. "
    "And in Myanmar, the junta says it has freed [[more than 3,000 prisoners|other;a=the junta]] in an amnesty.",
)

F(
    "Morning bulletin: Gaza strike on school shelter",
    "Good morning. Health officials in Gaza say [[at least 31 people|killed;a=Health officials in Gaza]], most of them women and children, were killed when a school used as a shelter was hit overnight.",
)

F(
    "Evening news script: Lebanon evacuations",
    "PRESENTER: Israel's military has ordered residents of [[more than 20 villages|other]] in south Lebanon to leave their homes. "
    "Lebanon's health ministry says [[at least 558 people|killed;a=Lebanon's health ministry]] were killed yesterday, the deadliest day since {{2006}}. "
    "Officials say [[about 16,500|displaced;a=Officials]] are now staying in [[more than 150 schools|capacity;a=Officials]] turned into shelters.",
)

F(
    "Radio bulletin: Burkina Faso attack on army post",
    "In Burkina Faso, a security source says [[dozens of soldiers|killed;a=a security source]] were killed when jihadists attacked an army post near Djibo. "
    "The same source says [[as many as 200 fighters|combatants;a=The same source]] took part in the assault.",
)

F(
    "Bulletin: Colombia clashes in Catatumbo",
    "Colombia's ombudsman says [[around 32,000 people|displaced;a=Colombia's ombudsman]] have been forced from their homes by fighting between the ELN and FARC dissidents in Catatumbo. "
    "[[At least 80|killed;a=the army]] have been killed, according to the army, and [[some 5,000 troops|combatants;a=the government;p]] are being sent to the region, the government says.",
)

F(
    "Hourly news: Mali convoy",
    "In Mali, [[at least 21 civilians|killed;a=local leaders]] including drivers and traders were killed when their convoy was attacked near Léré, local leaders told this programme. "
    "They say [[five trucks|other;a=local leaders]] were set on fire.",
)

F(
    "Bulletin script: South Sudan cattle raid",
    "South Sudan now, where officials in Jonglei say [[at least 74 people|killed;a=officials in Jonglei]] have been killed in a cattle raid. "
    "[[Thirty-two children|kidnapped;a=officials in Jonglei]] were taken, they say, along with [[about 12,000 head|other;u=other;n=head]] of cattle.",
)

F(
    "Late bulletin: Pakistan train siege ends",
    "Pakistan's army says the siege of a hijacked train in Balochistan is over. "
    "It says [[all 33 attackers|killed;a=Pakistan's army]] were killed and [[more than 300 passengers|kidnapped;a=Pakistan's army]] were rescued. "
    "[[Twenty-one hostages|killed;a=Pakistan's army]] died, it says.",
)

F(
    "Bulletin: Rohingya boat arrivals, Aceh",
    "Indonesia now. [[About 150 Rohingya refugees|displaced;a=local fishermen]], mostly women and children, have come ashore in Aceh, local fishermen say. "
    "It's the latest of [[at least five boats|other]] to land this month.",
)

# ---------------------------------------------------------------- posts on X and Telegram

F(
    "Post by Kharkiv governor after strike",
    "BREAKING: [[12|killed;a=governor]] killed, [[30|injured;a=governor]] injured in strike on #Kharkiv - governor\n"
    "Rescue work continues at the site. [[Two|missing;a=the regional administration]] still unaccounted for, the regional administration adds.",
)

F(
    "Telegram post: Odesa regional military administration",
    "Odesa RMA (Telegram): As a result of the night attack, [[4 people|injured;a=Odesa RMA]] were injured, incl. a child. "
    "Damaged: [[8 private houses|housing]], [[1 high-rise building|housing]], [[3 cars|other]]. "
    "Emergency services are on site.",
)

F(
    "Post by Gaza civil defence",
    "Gaza civil defence on X: our crews recovered [[17 bodies|killed;a=Gaza civil defence]] from under the rubble in #Jabalia today. "
    "We believe [[at least 60 people|missing;a=Gaza civil defence]] are still missing in the area.",
)

F(
    "UNHCR post on arrivals in Chad",
    "UNHCR Chad on X: [[20,000+|displaced;q=at_least;n=-;a=UNHCR Chad]] new arrivals from Sudan in #Adre in just {{5 days}}. "
    "Our teams are working around the clock to register families and relocate them to [[3 new sites|capacity;u=other]]. #Sudan #RefugeesWelcome",
)

F(
    "Post by Pakistani police spokesman",
    "KP Police: [[5 terrorists|killed;a=KP Police]] killed, [[2|arrested;a=KP Police]] arrested in intelligence-based operation in Lakki Marwat. "
    "[[One constable|injured]] injured. #Pakistan",
)

F(
    "Post by Israeli military spokesperson",
    "IDF: [[About 60 rockets|other;a=IDF]] were fired from Lebanon this morning; most were intercepted. "
    "No injuries reported.",
)

F(
    "Post by Ukrainian ombudsman on returned children",
    "Ukraine's ombudsman on Telegram: we have brought home [[another 11 children|returned;a=Ukraine's ombudsman]] from the occupied territories. "
    "In total, [[388|returned]] have been returned under the Bring Kids Back UA initiative.",
)

F(
    "Telegram post: Belgorod governor on evacuees",
    "Belgorod governor: [[over 1,800 residents|displaced;a=Belgorod governor]] of border villages are now in temporary accommodation centres. "
    "We have opened [[12 such centres|capacity;a=Belgorod governor]] across the region.",
)

F(
    "Post by Sudanese resistance committee",
    "Emergency Room of Al-Fashir: [[eight|killed;a=Emergency Room of Al-Fashir]] killed and [[dozens|injured;a=Emergency Room of Al-Fashir]] wounded in shelling of the Saudi hospital this afternoon. "
    "The hospital is out of service.",
)

F(
    "Post by Yemen's Houthi-run health ministry",
    "Health Ministry in Sanaa: toll of US strikes on Ras Isa port rises to [[80|killed;a=Health Ministry in Sanaa]] killed and [[150|injured;a=Health Ministry in Sanaa]] wounded.",
)

F(
    "Post by WFP on convoy to Darfur",
    "WFP: [[16 trucks|aid;a=WFP]] carrying [[2,700 tonnes|aid;a=WFP]] of food crossed into Darfur from Chad today. "
    "Enough to feed [[around 250,000 people|aid;p]] for a month.",
)

F(
    "Post by Mexican state security body",
    "Sinaloa security council: [[9 people|killed;a=Sinaloa security council]] killed and [[4|missing;a=Sinaloa security council]] reported missing in Culiacán in the last {{24 hours}}. "
    "Troops have seized [[15 rifles|other]] and [[3 vehicles|other]].",
)

# ---------------------------------------------------------------- feed summaries

F(
    "Summary: Tigray returns",
    "[[About 70,000 displaced Tigrayans|returned;a=the regional administration]] have gone home to parts of western Tigray since {{April}}, the regional administration says, though [[more than 800,000|displaced;a=the regional administration]] remain in camps.",
)

F(
    "Summary: Mozambique election unrest",
    "[[At least 21 people|killed;a=Mozambique's interior minister]] were killed in two days of post-election riots, Mozambique's interior minister said on Tuesday, adding that [[over 200|arrested;a=Mozambique's interior minister]] were detained.",
)

F(
    "Summary: Ecuador prison riot",
    "[[Seventeen inmates|killed;a=Ecuador's prison authority]] died and [[about 80|other;a=Ecuador's prison authority]] escaped during a riot at a jail in Machala, Ecuador's prison authority said.",
)

F(
    "Summary: DRC Ituri church attack",
    "ADF militants killed [[at least 38 worshippers|killed;a=local civil society leaders]] at a church in Komanda, Ituri, local civil society leaders said, and set fire to several houses and shops.",
)

F(
    "Summary: Iraq camp closure",
    "Iraq's migration ministry said it would close [[the last 16 camps|capacity;a=Iraq's migration ministry;p]] in the Kurdistan region by year-end, leaving [[some 110,000 displaced Yazidis|displaced;a=Iraq's migration ministry]] to find homes elsewhere.",
)

F(
    "Summary: Haiti police operation",
    "Haitian police said they killed [[at least 12 gang members|killed;a=Haitian police]] in an operation in Delmas on Saturday and freed [[four hostages|kidnapped;a=Haitian police]].",
)

F(
    "Summary: Afghanistan deportations from Iran",
    "Iran has sent back [[more than 1.2 million Afghans|returned;a=the UN]] so far this year, the UN said, with [[up to 30,000 a day|returned;a=the UN]] crossing at Islam Qala at the peak.",
)


# ---------------------------------------------------------------- tickers and numbered updates

F(
    "Ticker: Myanmar junta strikes and captures",
    "MYANMAR - Junta air strike on Naungcho kills [[7|killed;a=resistance group]], says resistance group\n"
    "MYANMAR - [[About 1,200|displaced;a=local aid workers]] flee to forest after shelling, local aid workers report\n"
    "MYANMAR - Arakan Army says it captured [[more than 140 junta soldiers|arrested;a=Arakan Army]] in Ann township",
)

F(
    "Live ticker: Goma",
    "{{11:05}} - M23 fighters enter Goma airport area.\n"
    "{{11:40}} - MONUSCO says [[two peacekeepers|killed;a=MONUSCO]] killed, [[11|injured;a=MONUSCO]] wounded.\n"
    "{{12:15}} - Hospital director: [[more than 700 wounded|injured;a=Hospital director]] admitted since Sunday, morgue full.\n"
    "{{12:30}} - UNHCR: [[tens of thousands|displaced;a=UNHCR]] on the move toward Rwanda border.",
    ["M23"],
)

F(
    "Numbered updates: Port Sudan drone strikes",
    "What we know so far:\n"
    "{{1.}} Drones hit the port's fuel depot and a hotel for a {{third}} day.\n"
    "{{2.}} The army says [[no more than 15 drones|other;a=The army]] were launched, most of them shot down.\n"
    "{{3.}} IOM says [[roughly 2,000 people|displaced;a=IOM]] left neighbourhoods near the port overnight.\n"
    "{{4.}} Flights are suspended until further notice.",
)

F(
    "Key points: Syria coastal violence",
    "KEY POINTS\n"
    "- Monitor: [[more than 1,000 civilians|killed;a=Monitor]] killed in coastal Syria in {{three days}}\n"
    "- Interim government says [[over 200 security personnel|killed;a=Interim government]] also died\n"
    "- [[Thousands of Alawite families|displaced;a=residents]] sheltering at Russian base at Hmeimim, residents say\n"
    "- [[Between 7,000 and 9,000 people|displaced;a=UNHCR]] crossed into Lebanon, per UNHCR",
)

F(
    "Latest: West Bank raid",
    "LATEST: Palestinian health ministry says [[10|killed;a=Palestinian health ministry]] killed in Israeli raid on Jenin camp.\n"
    "LATEST: UNRWA says [[3,000 families|displaced;a=UNRWA]] have left the camp since the operation began.\n"
    "LATEST: Israeli army says [[more than 20 suspects|arrested;a=Israeli army]] detained.",
)

F(
    "Ticker item: Somalia beach hotel",
    "SOMALIA: al-Shabaab attack on beach hotel in Mogadishu kills [[32|killed;a=police]] and injures [[63|injured;a=police]], police say",
)

F(
    "Minute by minute: Kenya Finance Bill protests",
    "{{17:02}} Kenya National Commission on Human Rights: [[at least 22 people|killed;a=Kenya National Commission on Human Rights]] killed in protests nationwide.\n"
    "{{17:10}} KNCHR also reports [[300|injured;a=KNCHR]] injured and [[50|kidnapped;a=KNCHR]] abducted or missing.\n"
    "{{17:25}} Parliament partly burned. Police say [[335 people|arrested;a=Police]] detained.",
)

F(
    "Updates list: Manipur violence",
    "Manipur updates:\n"
    "• [[Over 50,000 people|displaced;a=state officials]] in relief camps, say state officials\n"
    "• [[349 relief camps|capacity;a=Chief secretary]] running across the state - Chief secretary\n"
    "• [[Up to 4,000 weapons|other]] looted from police armouries still not returned\n"
    "• Army, Assam Rifles deploy [[some 10,000 troops|combatants]]",
)

F(
    "Updates: Chad refugee arrivals",
    "UPDATES (Adré, eastern Chad)\n"
    "- [[1,500 to 2,000 refugees a day|displaced;a=MSF]] arriving, says MSF\n"
    "- [[Around 600,000|displaced;a=UNHCR]] have crossed since the war began, UNHCR says\n"
    "- Only [[9 latrines|aid;a=aid workers]] per site in the newest camps, aid workers say",
)
