"""dev424 items: the captives sold and rescued and the office that counts them, the survivors and
their allowance, the mass graves of Sinjar and their exhumation, the identification of the dead
and the courts that tried Islamic State members."""

from _wrap import item

item(
    "Office for abducted Yazidis says 2,587 freed so far",
    """
The Kurdistan Region's office for rescuing abducted Yazidis said on Sunday that [[2,587
Yazidis|kidnapped;a=The Kurdistan Region's office for rescuing abducted Yazidis]] had been freed
since {{August 2014}}, among them [[934 women|kidnapped;a=The Kurdistan Region's office for
rescuing abducted Yazidis]], [[328 men|kidnapped;a=The Kurdistan Region's office for rescuing
abducted Yazidis]] and [[1,325 children|kidnapped;a=The Kurdistan Region's office for rescuing
abducted Yazidis]]. It said [[3,800 others|kidnapped;a=The Kurdistan Region's office for
rescuing abducted Yazidis]] were still held by Islamic State in Iraq and Syria. Most of the
rescues are paid for: families borrow between {{$10,000}} and {{$30,000}} to buy back a
relative, and the regional government reimburses part of the cost. The office said [[about 1,800
families|aid;a=The office;alt=The Kurdistan Region's office for rescuing abducted Yazidis]] had
been repaid so far. Abu Shujaa, a Yazidi who runs one of the rescue networks from Duhok, said he
had personally brought out [[more than 300 captives|kidnapped;a=Abu Shujaa]] since {{2014}}.
"The prices go up every time the coalition takes a town," he said.
""",
)

item(
    "UN investigators find Islamic State is committing genocide",
    """
Islamic State is committing genocide against the Yazidis, UN investigators said on Thursday, in
a report based on interviews with [[45 survivors|other;a=UN investigators]], religious leaders
and smugglers. The UN commission of inquiry on Syria said [[more than 3,200 Yazidi women and
children|kidnapped;a=The UN commission of inquiry on Syria;n=women and children]] were still
held by the group, most of them in Syria, where they were sold in markets or passed between
fighters. Girls {{as young as nine}} were raped, the report said. Survivors told investigators
that [[up to 20 women|kidnapped;a=Survivors]] at a time were kept in a single house in Raqqa
before being sold. Boys over {{the age of seven}} were sent to training camps, and the
commission said [[hundreds of boys|combatants;a=the commission;alt=The UN commission of inquiry
on Syria]] had been made to fight. It found that [[thousands of Yazidi men|killed;a=The UN
commission of inquiry on Syria]] had been executed in the {{first days}} of the assault on
Sinjar. In Duhok, the health directorate said its centre for survivors had treated [[more than
1,100 women|aid;a=the health directorate]] since {{2014}}.
""",
)

item(
    "Yazidi children handed back from al-Hol camp",
    """
The Kurdish-led administration in north-east Syria handed over [[16 Yazidi children|kidnapped]]
to relatives at the Semalka crossing on Wednesday, after they were found living with Islamic
State families in the al-Hol camp. The Yazidi House in Hasakah said [[more than 400
Yazidis|kidnapped;a=The Yazidi House in Hasakah]] had been found in al-Hol and other camps since
{{2019}}. Al-Hol still holds [[about 62,000 people|displaced;a=the UN]], the UN says, most of
them women and children from Iraq and Syria. Camp security forces said they had detained [[53
suspected Islamic State members|arrested;a=Camp security forces]] in a sweep of the camp last
month, among them women accused of hiding Yazidi children. The Kurdistan Region's office for
abducted Yazidis says [[about 2,700 Yazidis|missing;a=The Kurdistan Region's office for abducted
Yazidis]] remain unaccounted for. Activists believe [[dozens of them|kidnapped;a=Activists;n=-]]
are in al-Hol, hidden by the women who hold them. Kurdish officials said [[about 30 more
children|kidnapped;a=Kurdish officials;p]] would be handed over next month, once DNA tests were
complete.
""",
)

item(
    "Yazidi woman taken as a child is brought home from Gaza",
    """
A Yazidi woman who was abducted by Islamic State from Sinjar as a child in {{2014}} has been
brought back to Iraq from the Gaza Strip, Iraq's foreign ministry said, after months of contacts
involving the United States and Jordan. She was {{11 years old}} when she was taken, and was
later sold to a fighter who took her to Gaza through Turkey, Yazidi officials said. The
Kurdistan Region's Office for Rescuing Abducted Yazidis said her return brought the number of
Yazidis freed to [[3,593|kidnapped;a=The Kurdistan Region's Office for Rescuing Abducted
Yazidis]], while [[2,597|missing;a=The Kurdistan Region's Office for Rescuing Abducted Yazidis]]
were still missing. The office believes [[about 400 women and children|kidnapped;a=The
office;alt=The Kurdistan Region's Office for Rescuing Abducted Yazidis;n=women and children]]
are alive in the hands of Islamic State members or their relatives in Syria, Turkey and
elsewhere. Her mother lives in the Khanke camp, home to [[about 14,000 people|displaced]].
[[Three of her brothers|missing;n=brothers]], taken the same day, have never been found.
""",
)

item(
    "Exhumation of Kocho's mass graves begins",
    """
Iraqi forensic teams working with UN investigators began on Friday to exhume the {{first}} of
[[17 mass graves|other;u=other]] around Kocho, the Yazidi village where Islamic State fighters
shot the men in {{August 2014}}. Officials from the Martyrs Foundation said the graves were
believed to hold the remains of [[about 400 people|killed;a=Officials from the Martyrs
Foundation]]. [[Hundreds of villagers|other]] watched from behind a rope as the {{first}} bones
were lifted. The Medico-Legal Directorate in Baghdad said it had taken [[1,100 blood
samples|other;a=The Medico-Legal Directorate in Baghdad;u=other]] from relatives so that the
remains could be matched. The UN mission in Iraq has documented [[202 mass graves|other;a=The UN
mission in Iraq;u=other]] in areas once held by Islamic State, holding [[between 6,000 and
12,000 victims|killed;a=The UN mission in Iraq]]. Yazda says [[more than
80|other;a=Yazda;u=other]] of those graves are in Sinjar.
""",
)

item(
    "Kocho buries its men, six years on",
    """
The remains of [[104 Yazidi men|killed]] shot by Islamic State in {{2014}} were buried in their
village of Kocho on Saturday, {{six years}} after they died. The coffins were flown from
Baghdad, where DNA matching by the Medico-Legal Directorate identified the men, and driven from
Erbil in a convoy of [[more than 100 vehicles|other]]. Officials said [[about 2,000
mourners|other;a=Officials]] came to the ceremony, many of them dressed in white. The Martyrs
Foundation said the remains of [[another 37 people|killed;a=The Martyrs Foundation]] from the
Kocho graves were still being identified. UNITAD, the UN team investigating the group's crimes,
said it had helped open [[more than 60 graves|other;a=UNITAD;u=other]] in Sinjar since {{2019}}.
Nadia Murad lost her mother and [[six brothers|killed]] in the massacre. "Today we can at least
visit them," she told reporters at the cemetery.
""",
)

item(
    "Grave near Hardan yields remains of 45",
    """
Iraqi forensic teams opened a mass grave near the village of Hardan, north of Mount Sinjar, on
Monday, the {{29th}} to be exhumed in the district since {{2019}}. The Martyrs Foundation, which
leads the work, said the grave held the remains of [[at least 45 people|killed;a=The Martyrs
Foundation]], among them [[11 children|killed;a=The Martyrs Foundation]]. The foundation says
[[93 mass graves|other;a=The foundation;alt=The Martyrs Foundation;u=other]] have been located
in Sinjar, of which [[52|other;a=The foundation;alt=The Martyrs Foundation;u=other]] remain
unopened. A team of [[16 forensic specialists|other]] works at the site, watched from a distance
by relatives. Yazda said [[more than 1,500 families|other;a=Yazda]] had given blood samples so
far, but that many relatives of the dead now live in Germany and cannot easily be reached. In
Baghdad, the remains of [[more than 900 people|killed;a=the foundation;alt=The Martyrs
Foundation]] from Sinjar are awaiting DNA matching, according to the foundation.
""",
)

item(
    "UNITAD winds up its work with cases unfinished",
    """
The UN team set up to investigate Islamic State's crimes in Iraq wound up its work on Tuesday,
{{seven years}} after the Security Council created it with {{Resolution 2379}}. UNITAD said it
had collected [[more than 3,000 witness statements|other;a=UNITAD;u=other]] and digitised
[[about 8 million pages|other;a=UNITAD;u=other]] of Islamic State documents found in Iraq. It
said it had identified [[more than 1,400 suspected perpetrators|other;a=UNITAD]] of crimes
against the Yazidis. The team said its forensic staff had helped excavate [[68 mass
graves|other;a=The team;alt=UNITAD;u=other]] and return the remains of [[more than 400
victims|killed;a=The team;alt=UNITAD]] to their families. Yazidi groups protested the closure,
saying [[about 2,600 people|missing;a=Yazidi groups]] were still missing and that evidence
handed to Baghdad might never reach a courtroom.
""",
)

item(
    "German court convicts Islamic State member of genocide",
    """
A court in Frankfurt on Tuesday sentenced an Iraqi member of Islamic State to life in prison for
genocide against the Yazidis, the {{first}} such verdict anywhere. The man had bought a Yazidi
woman and her daughter, aged {{five}}, in {{2015}} and chained the girl in a yard in the heat
until she died. The court heard that the mother was one of [[thousands of Yazidi
women|kidnapped]] sold in markets in Mosul and Raqqa. Police in Germany, the Netherlands and
Sweden have arrested [[at least 14 people|arrested;a=Yazda]] accused of crimes against Yazidis
since {{2019}}, according to Yazda, which has helped [[dozens of survivors|other;a=Yazda]] give
evidence. German prosecutors said they were investigating [[another 27 suspects|other;a=German
prosecutors]]. In Iraq, courts have tried [[thousands of suspects|arrested;a=rights groups]]
under the anti-terrorism law in hearings that rarely mention the Yazidis, rights groups say.
Kurdish security forces in Duhok said this week they had arrested [[three men|arrested;a=Kurdish
security forces in Duhok]] living in the camps who were suspected of having held Yazidi
captives.
""",
)

item(
    "What the Yazidi Survivors Law pays, and when",
    """
Iraq's Yazidi Survivors Law, passed on {{1 March 2021}}, grants survivors of Islamic State
captivity a monthly allowance of {{800,000 dinars}}, about {{$610}} at the time, along with a
plot of land or a housing unit and priority in public-sector hiring. The law covers Yazidi,
Turkmen, Christian and Shabak women and girls abducted after {{3 August 2014}}, and men and boys
who were held as children. {{Article 7}} sets a reserved share of {{2 percent}} of public jobs.
Applicants were at first given {{one year}} to file, a deadline extended in {{2022}} after
survivors' groups said the process was too slow. The General Directorate for Survivors' Affairs
opened its office in Mosul in {{September 2021}}, more than {{six months}} after the law took
effect.
""",
)

item(
    "Office updates count of Yazidis freed from Islamic State",
    """
The Kurdistan Region's Office for Rescuing Abducted Yazidis said on Monday that [[3,509
Yazidis|kidnapped;a=The Kurdistan Region's Office for Rescuing Abducted Yazidis]] had been freed
from Islamic State since {{2014}}. They were [[1,197 women|kidnapped;a=the office;alt=The
Kurdistan Region's Office for Rescuing Abducted Yazidis]], [[337 men|kidnapped;a=the
office;alt=The Kurdistan Region's Office for Rescuing Abducted Yazidis]], [[1,038
girls|kidnapped;a=the office;alt=The Kurdistan Region's Office for Rescuing Abducted Yazidis]]
and [[937 boys|kidnapped;a=the office;alt=The Kurdistan Region's Office for Rescuing Abducted
Yazidis]], the office said. It said [[2,908 people|missing;a=The Kurdistan Region's Office for
Rescuing Abducted Yazidis]] were still missing, {{five years}} after the attack on Sinjar.
[[Several dozen women and children|kidnapped;n=women and children]] came out of Baghuz in the
last weeks of the battle and were handed over at the Peshkhabour crossing.
""",
)

item(
    "Duhok laboratory puts names to Sinjar's dead",
    """
A DNA laboratory in Duhok, paid for by the German government, has identified the remains of
[[136 Yazidis|killed;a=the Kurdistan Region's health ministry]] since it opened in {{March
2023}}, the Kurdistan Region's health ministry said. Its database holds reference samples from
[[about 3,400 relatives|other]] of the missing, taken in the camps and abroad. The office for
abducted Yazidis lists [[2,590 people|missing;a=The office for abducted Yazidis]] as missing,
and most families have given blood in the hope of a match. The remains of [[about 600
people|killed;a=officials]] exhumed from [[41 graves|other;a=officials;u=other]] are awaiting
identification in Baghdad, officials said. Last month the remains of [[27 victims|killed]] were
handed to their families in Kocho and Tal Qasab. Staff expect to process [[up to 1,000 more
samples|other;a=Staff;u=other;p]] next year.
""",
)

item(
    "Help for survivors shrinks as donors look away",
    """
Services for Yazidi survivors of Islamic State captivity are shrinking as donors turn elsewhere,
aid groups say. The Free Yezidi Foundation said its women's centre in the Khanke camp had seen
[[about 1,100 women|aid;a=The Free Yezidi Foundation]] in {{2022}}, but could take in [[no more
than 400|aid;a=The Free Yezidi Foundation;p]] this year after a funding cut of {{40 percent}}.
The Jiyan Foundation said [[more than 2,000 survivors|civilians;a=The Jiyan Foundation]] were on
its waiting list for therapy in Duhok. UNFPA said [[about 6,000 survivors|civilians;a=UNFPA]] in
the camps needed specialised care. The Jiyan Foundation says it has [[only 14
therapists|other;a=The Jiyan Foundation]] in Duhok. The General Directorate for Survivors'
Affairs said it had received [[2,035 applications|other;a=The General Directorate for Survivors'
Affairs;u=other]] under the Yazidi Survivors Law by the end of {{2022}}.
""",
)

item(
    "Survivors' allowance reaches 2,391 former captives",
    """
Iraq's General Directorate for Survivors' Affairs said on Sunday it had approved [[2,391
survivors|aid;a=Iraq's General Directorate for Survivors' Affairs]] of Islamic State captivity
for the monthly allowance under the Yazidi Survivors Law, including [[2,114 Yazidis|aid;a=Iraq's
General Directorate for Survivors' Affairs]]. The directorate said [[about 1,600
applications|other;a=The directorate;alt=Iraq's General Directorate for Survivors'
Affairs;u=other]] were still being reviewed, and that it expected to approve [[another
500|aid;a=The directorate;alt=Iraq's General Directorate for Survivors' Affairs;p]] by the end
of the year. The allowance of {{800,000 dinars}} a month, roughly {{$540}}, is also paid to
[[about 350 men|aid]] who were held as boys. Survivors' groups say [[hundreds of
women|other;a=Survivors' groups]] living abroad have been unable to apply because the law
requires an interview in Iraq.
""",
)

item(
    "In a tent in Sharya, nine photographs and no graves",
    """
Khalida Murad keeps the photographs of [[nine relatives|missing]] in a plastic folder in her
tent in the Sharya camp: her husband, his brothers and their sons, taken at a checkpoint near
Tal Banat in {{August 2014}}. The office for abducted Yazidis says [[2,581 Yazidis|missing;a=The
office for abducted Yazidis]] are still unaccounted for, [[about 1,300 women and
girls|missing;a=The office for abducted Yazidis;n=women and girls]] among them. Rescues have
slowed to a trickle: the office said only [[11 people|kidnapped;a=the office;alt=The office for
abducted Yazidis]] were freed in {{2024}}. Yazidi activists in Syria believe [[dozens of
women|kidnapped;a=Yazidi activists in Syria]] are still held in houses in Idlib and across the
border in Turkey. Since {{2019}}, the authorities have returned the remains of [[about 400
people|killed]] to families in Sinjar. Khalida, {{52}}, says she will not leave the camp until
she knows.
""",
)

item(
    "Kurdish forces arrest men accused of holding Yazidi slaves",
    """
Security forces in the Kurdistan Region said on Thursday they had arrested [[four
men|arrested;a=Security forces in the Kurdistan Region]] accused of holding Yazidi women as
slaves in Mosul and Tal Afar in {{2015}} and {{2016}}. The men were identified by [[three
survivors|other]] who recognised them at a market in Duhok. The women, freed in {{2017}} with
[[seven of their children|kidnapped;n=children]], now live in the Khanke camp. The Asayish said
[[more than 300 suspects|arrested;a=The Asayish]] had been detained in Duhok province since
{{2017}} on charges linked to Islamic State, [[28 of them|arrested;a=The Asayish;n=-]] for
crimes against Yazidis. Yazda said only [[nine|arrested;a=Yazda]] Islamic State members had been
convicted in Iraq for crimes against Yazidis as such.
""",
)

item(
    "Swedish court jails woman over enslavement of Yazidis",
    """
A Swedish court on Thursday sentenced a {{52-year-old}} woman to {{12 years}} in prison for
genocide and crimes against humanity, for holding Yazidi women and children as slaves in her
home in Raqqa in {{2014}} and {{2015}}. It was the {{first}} genocide conviction in Sweden. The
woman, who travelled to Syria in {{2014}} with her children, denied the charges. Prosecutors had
asked for {{16 years}}. Her lawyer said she would appeal within the {{three weeks}} the law
allows. Survivors gave evidence by video link from Iraq over {{nine days}} in {{October 2025}}.
""",
)
