"""October 7, the hostages, their release and their families (17 items, 2 without a figure)."""

from _wrap import item

item(
    "A year on, forum counts 101 hostages still held in Gaza",
    """
Ahead of the {{first anniversary}} of the {{October 7}} attack, the Hostages and Missing Families
Forum said [[101 hostages|kidnapped;a=the Hostages and Missing Families Forum]] were still held
in Gaza. Israeli officials believe [[at least 35|killed;a=Israeli officials]] of them are dead.
In the assault on southern Israel, gunmen killed [[some 1,200 people|killed;a=Israeli tallies]]
and dragged [[251 people|kidnapped;a=Israeli tallies]] across the border, according to Israeli
tallies. A truce in {{November 2023}} freed [[105 captives|kidnapped]], most of them women and
children, in exchange for [[240 Palestinian prisoners|other]]. Since then the army has rescued
[[seven hostages|kidnapped]] alive in special operations and recovered the bodies of
[[37 others|killed]]. Families plan to mark the date with a vigil in Tel Aviv at
{{6:29 a.m.}}, the minute the first rockets were fired.
""",
)

item(
    "Truce's first phase: 33 hostages for about 1,900 prisoners",
    """
Under the first phase of the ceasefire that took effect on {{January 19, 2025}}, Hamas is to
free [[33 hostages|kidnapped;p;a=Israel's Prime Minister's Office]] over {{six weeks}}, Israel's
Prime Minister's Office said. In return, Israel is expected to release
[[about 1,900 Palestinian prisoners and detainees|other;p;n=prisoners and detainees]].
Officials believe [[eight|killed;a=Officials]] of those due to come home are no longer alive.
On the first day, [[three women|kidnapped]] were handed to the Red Cross in Gaza City and
flown to Sheba Medical Center, where doctors described their condition as stable.
[[Some 90 Palestinian prisoners|other;a=the Israel Prison Service]] were freed from Ofer prison
that night, the Israel Prison Service said. A second phase, still to be negotiated, would bring
home [[roughly 60 remaining captives|kidnapped;p]].
""",
)

item(
    "Commandos free four hostages from Nuseirat in daytime raid",
    """
Israeli commandos rescued [[four hostages|kidnapped]] from central Gaza on {{June 8, 2024}},
among them {{26-year-old}} Noa Argamani, whose abduction on a motorbike became one of the images
of the {{October 7}} attack. The Israel Defense Forces said
[[one officer|killed;a=The Israel Defense Forces]] of the police's Yamam unit was fatally
wounded in the raid. Gaza's Hamas-run health ministry said
[[at least 274 Palestinians|killed;a=Gaza's Hamas-run health ministry]] were killed and
[[nearly 700|injured;a=Gaza's Hamas-run health ministry]] wounded in the fighting around the
Nuseirat camp. The army put the Palestinian dead at
[[under 100|killed;q=at_most;a=The army;alt=The Israel Defense Forces]]. The four were taken to
Sheba Medical Center at Tel HaShomer. After the rescue, [[120 hostages|kidnapped]] remained in
Gaza, [[at least 40|killed;a=Israel]] of whom Israel had declared dead.
""",
)

item(
    "Remains of four hostages handed over as Israel mourns",
    """
Hamas handed over the bodies of [[four hostages|killed;a=the Prime Minister's Office]] on
{{Thursday}}, the first remains returned under the January truce, the Prime Minister's Office
said. Israel says [[70 hostages|kidnapped;a=Israel]] remain in Gaza, of whom officials believe
[[about 35|killed;a=officials]] are dead. On {{Saturday}},
[[three more living captives|kidnapped;p;a=the Israel Prison Service]] are due to be freed in
exchange for [[369 Palestinian prisoners|other;p;a=the Israel Prison Service]], the Israel
Prison Service said. [[Thousands of mourners|other]] lined the roads of the south as the
convoy passed. Nir Oz, a kibbutz of [[about 400 people|civilians]] before the attack, had
{{one in four}} of its residents killed or abducted that day.
""",
)

item(
    "Israel revises October 7 toll to about 1,200",
    """
Israel revised the death toll from the Hamas attack to
[[about 1,200 people|killed;a=a Foreign Ministry spokesman]], down from the
[[1,400|killed;a=a Foreign Ministry spokesman]] it had given earlier, after some bodies were
identified as those of gunmen, a Foreign Ministry spokesman said on {{November 10}}. Police said
they were still working to identify [[about 100 bodies|killed;a=Police]] and that
[[dozens of people|missing;a=Police]] were still listed as missing. The Health Ministry said
[[5,431 people|injured;a=The Health Ministry]] had been treated in hospitals for wounds since
{{October 7}}, [[350|injured;a=The Health Ministry]] of them still in hospital. In Kfar Aza
alone, [[64 residents|killed;a=the kibbutz;alt=Kfar Aza]] were killed and
[[19|kidnapped;a=the kibbutz;alt=Kfar Aza]] abducted, the kibbutz said.
""",
)

item(
    "Nova festival: police tally of dead, abducted and missing",
    """
Of the [[roughly 3,500 people|civilians;a=a police tally]] at the Nova music festival near
Re'im, [[364|killed;a=a police tally]] were killed and [[44|kidnapped;a=a police tally]] taken
to Gaza, according to a police tally released {{three weeks}} after the attack. Festival
organisers said [[about a dozen revellers|missing;a=Festival organisers]] were still
unaccounted for at the end of the {{first week}}. Magen David Adom crews evacuated
[[more than 200 wounded|injured]] from the area along {{Route 232}} in the hours after the
gunmen withdrew. [[Two men|arrested;a=police]] suspected of looting cars abandoned at the site
were arrested, police said. [[Some 1,000 cars|other]] left in the parking area were towed to a
lot near Tkuma, where owners and families could collect them.
""",
)

item(
    "Police detain 14 as hostage protest blocks Ayalon highway",
    """
Police said they detained [[14 protesters|arrested;a=Police]] on {{Saturday}} night as
demonstrators demanding a hostage deal blocked the Ayalon highway in Tel Aviv. Organisers put
the crowd in the city at [[more than 100,000|other;a=Organisers]], while police estimated
[[about 40,000|other;a=police]]. [[Three officers|injured;a=police]] were lightly hurt, police
said. [[Five people|injured]] were treated at the scene after a car drove into marchers on
Begin Road; the driver, a {{62-year-old}} from Herzliya, was among those held. Rallies were also
held at [[some 50 locations|other;u=other]] across the country, from Kiryat Shmona to Eilat.
""",
)

item(
    "Hostages Square clock passes 500 days",
    """
The digital clock in Tel Aviv's Hostages Square passed {{500 days}} on {{Wednesday}}, {{18}}
months after it was first switched on. A survey aired by {{Channel 12}} found {{68%}} of
Israelis backed a deal to end the war in return for the captives, against {{21%}} who opposed
it. The square's organisers have asked the municipality for {{NIS 3 million}} a year to keep
the site running. A yellow-ribbon campaign launched in {{November 2023}} has since spread abroad, its founders said.
""",
)

item(
    "Forum warns of hostages' health as second winter nears",
    """
The Hostages and Missing Families Forum said on {{Sunday}} that [[at least 20|kidnapped;a=The
Hostages and Missing Families Forum]] of the captives believed alive were held in tunnels with
little food or light. Doctors who examined [[the 25 freed in January|kidnapped;a=Doctors;n=-]]
said most had lost between {{10%}} and {{20%}} of their body weight. A forum physician said
[[two of the men|kidnapped;a=A forum physician]] released in February needed surgery for untreated wounds.
Since {{October 7}}, [[more than 1,500 relatives|other;a=the forum;alt=The Hostages and
Missing Families Forum]] have received psychological support from the forum, it said. The
group's volunteers, [[some 2,000|other;a=the group;alt=The Hostages and Missing Families
Forum]] at their peak, ran the campaign from an office building lent by a Tel Aviv developer,
the group said. The forum said it represented
[[some 240 families|other;a=The forum;alt=The Hostages and Missing Families Forum]].
""",
)

item(
    "Last living hostages come home as families fill Re'im base",
    """
All [[20 living hostages|kidnapped;a=the military]] still held in Gaza were handed to the Red
Cross on {{Monday}} and brought to the Re'im base, the military said. Under the deal, Israel
began releasing [[about 1,950 Palestinian prisoners and detainees|other;n=prisoners and
detainees]], [[some 250|other;a=the Israel Prison Service]] of them serving life sentences,
according to the Israel Prison Service. Hamas has yet to return the remains of
[[28 deceased hostages|killed;p]], which it says are buried under rubble. Crowds gathered
in Hostages Square, where [[tens of thousands|other;a=organisers]] had watched the handover on
giant screens, organisers said. Sheba, Ichilov and Beilinson hospitals said they had each
set aside a ward for the returnees; [[seven|kidnapped;a=Sheba]] were taken to Sheba, it
said.
""",
)

item(
    "Be'eri counts its dead, its captives and its empty homes",
    """
Kibbutz Be'eri, home to [[about 1,100 people|civilians;a=the kibbutz;alt=Kibbutz Be'eri]] before
the attack, lost [[101 residents|killed;a=the kibbutz;alt=Kibbutz Be'eri]] and had
[[30|kidnapped;a=the kibbutz;alt=Kibbutz Be'eri]] taken to Gaza, the kibbutz said in a
memorial booklet. [[About 120 homes|housing;a=the Tekuma Directorate]] were burned or
destroyed, according to the Tekuma Directorate, the government body rebuilding the area. The
community has lived since {{October 2023}} at the Dead Sea and then in a temporary
neighbourhood at Kibbutz Hatzerim, where [[some 700 members|displaced]] are housed. The
Tekuma Directorate plans to rebuild [[all 120|housing;p;u=structure;a=The Tekuma Directorate]] and add
[[60 new homes|housing;p;a=The Tekuma Directorate]] by {{2027}}.
""",
)

item(
    "Three hostages mistakenly shot by troops in Shejaiya",
    """
Israeli troops mistakenly shot dead [[three hostages|killed;a=the military]] who had escaped
their captors in Gaza City's Shejaiya district, the military said on {{December 15}}. The men,
aged {{22}}, {{26}} and {{28}}, were waving a white flag, according to a preliminary inquiry.
Chief of Staff Herzi Halevi said [[one soldier|combatants;a=Chief of Staff Herzi Halevi]] had opened fire against orders;
[[two others|combatants]] joined in. [[Hundreds of protesters|other]] marched to the Kirya military
headquarters that night. With their deaths, [[129 hostages|kidnapped;a=Prime Minister's Office]]
were listed as still held, the Prime Minister's Office said, [[21|killed;a=Prime Minister's
Office]] of them presumed dead.
""",
)

item(
    "Freed captives describe tunnels; doctors count the scars",
    """
Nearly half of [[the 105|kidnapped;a=the Health Ministry]] freed in the November truce were children
and teenagers, the Health Ministry said. Schneider Children's Medical Center said it had
treated [[19 of the children|kidnapped;a=Schneider Children's Medical Center;v=19]], some with
burns and shrapnel wounds left untreated for weeks. Hamas also released [[23 Thai farm
workers|kidnapped;a=the Thai Foreign Ministry;n=workers]] and [[one Filipino|kidnapped;a=the
Thai Foreign Ministry]] outside the deal, the Thai Foreign Ministry said. [[At least 39 Thais|killed;a=the ministry;alt=the Thai Foreign Ministry]] were killed in the attack,
the ministry said, and [[about 30,000|civilians;a=the ministry;alt=the Thai Foreign
Ministry]] worked on Israeli farms at the time.
""",
)

item(
    "Freed hostage's family: Bibas remains identified",
    """
The National Center of Forensic Medicine identified the remains of Shiri Bibas on {{Saturday}},
a day after Hamas returned a body that turned out not to be hers, the family said. Her sons
Ariel and Kfir, {{aged four}} and {{nine months}} when they were taken, were among the
[[four bodies|killed]] handed over on {{Thursday}}. Their father, Yarden, was among the
[[three hostages|kidnapped]] freed on {{February 1}}. [[Thousands|other]] lined the route of
the funeral convoy from Rishon LeZion to Kibbutz Nir Oz. The army said
[[62 hostages|kidnapped;a=The army]] were still in Gaza, [[about 35|killed;a=The army]] of them
believed dead. [[More than 50 troops|combatants]] escorted the convoy. Police said
they had deployed [[about 3,000 officers|combatants;a=Police]] along the route.
""",
)

item(
    "Hostage anniversary budget and polls",
    """
The government approved {{NIS 450 million}} on {{Sunday}} for the national memorial day for the
{{October 7}} victims, to be marked each year on the {{24th of Tishrei}}. Ministers also voted
{{NIS 80 million}} for a museum in the Gaza border area, to open in {{2028}}. A poll by the
Israel Democracy Institute found {{57%}} of Jewish Israelis wanted a state commission of
inquiry, up from {{43%}} in {{March 2024}}. The ceremony will be held at {{8 p.m.}} at the Nova
site, {{5 km}} from the border.
""",
)

item(
    "Kidnapped soldiers: families of the observers press the cabinet",
    """
[[Seven female surveillance soldiers|kidnapped;a=the army]] were taken from the Nahal Oz base on
{{October 7}}, and [[15 of their comrades|killed;a=the army]] were killed there, the army said in its
inquiry. One, Ori Megidish, was rescued by troops {{three weeks}} later; another, Noa Marciano,
was killed in captivity. The remaining [[five|kidnapped;p;a=their families' lawyer]] are due to be freed in the first
phase of the truce, their families' lawyer said. The inquiry found that
[[about 90 soldiers|combatants;a=The inquiry]] were at the base when [[some 70
gunmen|combatants;a=The inquiry]] attacked it. [[Dozens of relatives|other]] rallied
outside the Kirya that evening. The families' petition has gathered [[more than 200,000
signatures|other;u=other;a=organisers]], organisers said.
""",
)
