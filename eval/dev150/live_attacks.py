"""Live-blog entries and ticker items from attacks: gunmen, bombers, rammings, stabbings, a
hijacked train and a school abduction (12 entries with figures, 1 without)."""

from _wrap import item

item(
    "Crocus City Hall attack: toll rises to 93",
    """BREAKING: Russia's Investigative Committee says the death toll from the attack on Crocus
    City Hall near Moscow has risen to [[93|killed;a=Russia's Investigative Committee]]. Earlier,
    the FSB said [[11 people|arrested;a=the FSB]] had been detained, including
    [[four|arrested;a=the FSB]] suspected of taking part in the shooting itself. Moscow region
    health officials say [[107 people|injured;a=Moscow region health officials]] remain in
    hospital, [[more than 40 of them|injured;n=-;a=Moscow region health officials]] in a serious
    condition. A {{15-year-old}} cloakroom attendant helped [[more than 100 people|other;
    a=Russian media]] escape through the basement, Russian media report.""",
)

item(
    "Bondi Junction stabbing: live updates",
    """By {{6:40pm}}: NSW Police Assistant Commissioner Anthony Cooke says [[six people|killed;
    a=NSW Police Assistant Commissioner Anthony Cooke]] were killed in the stabbing at Westfield
    Bondi Junction, [[five of them|killed;n=-;a=NSW Police Assistant Commissioner Anthony
    Cooke]] women. NSW Health says [[eight people|injured;a=NSW Health]], including a
    {{nine-month-old}} baby, are being treated in Sydney hospitals. The attacker, a
    {{40-year-old}} man from Toowoomba, was shot dead by a lone police inspector. [[About 1,000
    shoppers|displaced]] were evacuated from the centre. By {{7:05pm}}: Police say they do not
    believe the attack was terrorism-related. [[Dozens of officers|combatants]] remain at the
    scene. [[A dozen ambulances|other]] are parked outside the entrance at {{500 Oxford
    Street}}.""",
)

item(
    "New Orleans attack: FBI revises toll to 14",
    """Posted at {{15:22 GMT}} The FBI now says [[14 people|killed;a=The FBI]] were killed in the
    New Orleans truck attack, revising an earlier figure of [[15|killed;a=The FBI]], which had
    included the attacker. [[About 35 people|injured;a=New Orleans police]] were injured, New
    Orleans police said, and [[two officers|injured]] were shot in an exchange of fire with the
    driver. The FBI said [[two improvised explosive devices|other;a=The FBI]] had been found in
    the French Quarter. Posted at {{15:40 GMT}} The Sugar Bowl, due to be played at the Caesars
    Superdome at {{3pm}} local time, has been postponed by {{24 hours}}; [[about 70,000
    fans|other;p]] had been expected.""",
)

item(
    "Pahalgam terror attack LIVE Updates",
    """{{9:10 PM}}: [[At least 26 people|killed;a=officials]], most of them tourists, were killed
    when terrorists opened fire on visitors at the Baisaran meadow near Pahalgam this afternoon,
    officials said. [[Over a dozen others|injured]] are being treated at the district hospital
    in Anantnag. Among the dead are [[two foreign nationals|killed]], from Nepal and the UAE.
    Pony operators at the site said [[about 1,000 tourists|other;a=Pony operators at the site]]
    were in the meadow when the firing began at around {{2:45 pm}}. {{9:40 PM}}: Home Minister
    Amit Shah has reached Srinagar. Security forces have launched a massive search operation, and
    [[around 1,500 people|arrested;a=sources]] have been detained for questioning, sources
    said. Airlines have added [[four extra flights|other]] out of Srinagar for tourists cutting
    short their trips.""",
)

item(
    "Kerman blasts: Iran revises toll down to 84",
    """Iranian state media have revised the death toll from the twin blasts in Kerman down to
    [[84|killed;a=Iranian state media]] from [[103|killed;a=Iranian state media]], saying some
    victims had been counted twice. Ahmad Vahidi, the interior minister, said [[284
    people|injured;a=Ahmad Vahidi]] were wounded. The explosions went off {{20 minutes}} apart on
    the road to the cemetery where Qassem Soleimani is buried, on the {{fourth}} anniversary of
    his killing, when [[tens of thousands of mourners|other]] were on the road. Iran's
    intelligence ministry said [[11 people|arrested;a=Iran's intelligence ministry]] had been
    arrested in raids across the country.""",
)

item(
    "Magdeburg Christmas market: what we know",
    """{{10.05 CET}} Reiner Haseloff, Saxony-Anhalt's state premier, says [[five people|killed;
    a=Reiner Haseloff]] were killed when a car was driven into the Christmas market in
    Magdeburg, among them a {{nine-year-old}} boy. [[More than 200 people|injured;a=Reiner
    Haseloff]] were injured, [[nearly 40 of them|injured;n=-;a=Reiner Haseloff]] seriously, he
    said. The suspect, a {{50-year-old}} doctor from Saudi Arabia, drove about {{400 metres}}
    through the crowd in {{three minutes}}. {{10.40 CET}} Police say [[about 500
    officers|combatants;a=Police]] were deployed overnight, and the market will stay closed.
    Hospitals in Magdeburg and Halle took in [[more than 100 patients|injured]] overnight.""",
)

item(
    "Jerusalem bus stop shooting: liveblog",
    """{{7:52 am}} Magen David Adom says [[three people|killed;a=Magen David Adom]] have been
    pronounced dead after a shooting at a bus stop at the entrance to Jerusalem, and [[six
    others|injured;a=Magen David Adom]] are being treated, [[two of them|injured;n=-;a=Magen
    David Adom]] in serious condition. {{8:05 am}} The [[two gunmen|killed;a=police]] were shot
    dead by [[two off-duty soldiers|other;a=police]] and an armed civilian, police say. Traffic
    on {{Route 1}} into the city has been halted. {{8:31 am}} Update: MDA has raised the toll to
    [[four|killed;a=MDA]]; a woman in her {{60s}} died of her wounds at Shaare Zedek.""",
)

item(
    "Lewiston shootings: manhunt enters second day",
    """BREAKING: Police in Maine say [[18 people|killed;a=Police in Maine]] were killed and
    [[13|injured;a=Police in Maine]] wounded in shootings at a bowling alley and a bar in
    Lewiston on Wednesday night. Central Maine Medical Center said it had treated [[14
    patients|injured;a=Central Maine Medical Center]] overnight. Residents of Lewiston and
    neighbouring Lisbon, a combined population of [[about 46,000|civilians]], have been told to
    shelter in place as the manhunt enters its {{second day}}. [[Hundreds of law enforcement
    officers|combatants;a=the state public safety commissioner]] are taking part in the search,
    the state public safety commissioner said. [[About 70 people|other;a=police]] were inside
    the bowling alley when the gunman opened fire, police said.""",
)

item(
    "Jaffar Express siege over, army says",
    """{{5:20pm}}: Pakistan's military says the siege of the Jaffar Express is over and that [[all
    33 militants|killed;a=Pakistan's military]] on the train have been killed. It says [[21
    hostages|killed;a=Pakistan's military]] and [[four soldiers|killed;a=Pakistan's military]]
    died during the standoff, and that troops freed [[346 hostages|kidnapped;a=Pakistan's
    military]]. The train was carrying [[about 440 passengers|other]] when the Baloch Liberation
    Army blew up the track near a tunnel in Bolan on {{Tuesday}}. Railway officials said [[at
    least 80 passengers|kidnapped;a=Railway officials]] had escaped on foot during the first
    night.""",
)

item(
    "Kuriga school abduction",
    """BREAKING: Gunmen have abducted [[at least 287 pupils|kidnapped;a=a teacher who escaped]]
    from a school in Kuriga, Kaduna state, a teacher who escaped told local reporters. [[About
    100 of the children|kidnapped]] are aged {{12}} or under. Kaduna state governor Uba Sani said
    on X that [[25 of the pupils|kidnapped;a=Kaduna state governor Uba Sani]] had escaped and
    walked home. [[One member of staff|killed]] was shot dead. The army said [[hundreds of
    troops|combatants;a=The army]] had been deployed to the forests around the town. The
    school had [[more than 1,000 pupils|other]] on its roll.""",
)

item(
    "Mogadishu beach attack: 32 killed",
    """MOGADISHU — Police spokesman Abdifatah Aden Hassan said [[32 people|killed;a=Police
    spokesman Abdifatah Aden Hassan]] were killed and [[63|injured;a=Police spokesman Abdifatah
    Aden Hassan]] wounded in the attack on a beach restaurant at Lido on {{Friday}} night. [[One
    attacker|killed;a=Police spokesman Abdifatah Aden Hassan]] blew himself up,
    [[five|killed;a=Police spokesman Abdifatah Aden Hassan]] were shot dead by security forces
    and [[one|arrested;a=Police spokesman Abdifatah Aden Hassan]] was captured alive, he said.
    Hospital staff said [[more than 20 of the wounded|injured;a=Hospital staff]] were in a
    critical condition. Al-Shabab claimed the attack.""",
)

item(
    "Kabul airport attack: live reporting",
    """Posted at {{16:40}} The Pentagon has confirmed that [[13 US service members|killed;a=The
    Pentagon]] were killed in the attack outside Kabul airport, and [[18|injured;a=The
    Pentagon]] wounded. Posted at {{17:05}} Afghan health officials now say [[at least 90
    Afghans|killed;a=Afghan health officials]] were killed, up from [[60|killed;a=Afghan health
    officials]] earlier, and [[143|injured;a=Afghan health officials]] injured. Posted at
    {{17:30}} Evacuation flights are continuing: the White House says [[about 100,000
    people|displaced;a=the White House]] have been flown out of Kabul since {{14 August}},
    [[12,500 of them|displaced;n=-;a=the White House]] in the past {{24 hours}}.""",
)

item(
    "Bourke Street stabbing: man charged",
    """By {{9:02am}}: Victoria Police say the man arrested after last night's stabbing on Bourke
    Street is {{24}} and from Dandenong. Trams on {{Route 96}} and {{Route 86}} are diverted until
    midday, after the area was locked down for {{four hours}}. It is the {{second}} such attack in
    the CBD this year, {{seven years}} after the {{2017}} Bourke Street car attack. The Premier
    has pledged {{$2 million}} for more CCTV cameras in the city.""",
)
