"""The home front: reservists, the wounded, the missing, the Gaza border communities, evacuees'
housing and aid, arrests and the draft (16 items, 2 without a figure)."""

from _wrap import item

item(
    "Army calls up 360,000 reservists in largest mobilisation",
    """
The army said it had called up [[360,000 reservists|combatants;a=The army]] in the
{{48 hours}} after the Hamas attack, the largest mobilisation in Israel's history.
[[About 300,000|combatants;a=officials]] had reported within the first {{two days}},
officials said. El Al said it had added [[more than 100 flights|other;a=El Al]] to bring
reservists and other Israelis home, and that [[some 10,000 Israelis|returned;a=El Al]] had
flown back from abroad in the first week. [[Up to 60,000 more|combatants;p;n=-;a=the army]] could be summoned if the war
widened to Lebanon, the army said. [[Hundreds of
volunteers|other]] collected equipment for units at donation points across Tel Aviv.
""",
)

item(
    "Reservists told to report for Gaza City offensive",
    """
The military said on {{Wednesday}} it would send call-up orders to
[[about 60,000 reservists|combatants;p;a=The military]] for the offensive on Gaza City, and
extend the service of [[20,000 more|combatants;p;n=-;a=The military]]. According to the army's
manpower directorate, [[some 20,000 reservists|combatants;a=the army's manpower directorate]]
have served more than {{200 days}} since {{October 2023}}. The Defence Ministry said
[[about 7,000 self-employed reservists|aid;a=The Defence Ministry]] had received compensation
grants, and that [[12,500 families|aid;a=The Defence Ministry]] of reservists had been
given childcare vouchers. A forum of reservists' wives said [[hundreds of small businesses|other;u=other;a=A forum of reservists' wives]] owned by reservists had closed. [[At least
two reserve battalions|combatants;u=other]] reported turnout below {{70%}}.
""",
)

item(
    "Rehabilitation division has taken in 20,000 wounded soldiers",
    """
The Defence Ministry's rehabilitation division said it had taken in [[more than 20,000
wounded soldiers|injured;a=The Defence Ministry's rehabilitation division]] since
{{October 7}}, {{about 56%}} of them with mental health injuries. The division said
[[some 9,500|injured;a=The division;alt=The Defence Ministry's rehabilitation division]] were
being treated for post-traumatic stress, and that [[more than 100|injured;a=The
division;alt=The Defence Ministry's rehabilitation division]] had lost limbs. It expects to
care for [[as many as 100,000 disabled veterans|injured;p;a=The Defence Ministry's
rehabilitation division]] by {{2030}}, including those of earlier wars. The ministry plans
to hire [[2,000 new staff|other;p;a=The ministry;alt=The Defence Ministry]] and open
[[four new rehabilitation centres|other;p;a=The ministry;alt=The Defence Ministry]], the first in Beersheba.
""",
)

item(
    "Military publishes its count of soldiers killed",
    """
[[922 soldiers and officers|killed;a=the military;n=soldiers and officers]] have been killed
since {{October 7, 2023}}, the military said on {{Tuesday}}, [[about 450|killed;a=the
military]] of them in the Gaza ground operation. It said
[[between 20 and 30|killed;a=the military]] had died in friendly fire and
[[more than 50|killed;a=the military]] in accidents. The figure includes
[[some 70 Druze and Bedouin soldiers|killed;n=soldiers]]. The army said
[[at least 5,400 soldiers|injured;a=The army]] had been wounded in the same period. The Druze
village of Beit Jann alone lost [[seven sons|killed]].
""",
)

item(
    "Missing persons centre still searching for 200 people",
    """
The police missing persons centre at Ben Shemen said on {{October 14}} that
[[about 200 people|missing;a=The police missing persons centre]] were still unaccounted for
after the Hamas attack. It had received [[more than 1,300 reports|other;a=The police missing
persons centre;u=other]] from families and collected DNA samples from
[[some 600 relatives|other;a=The police missing persons centre]]. The army said
[[30 soldiers|missing;a=The army]] were listed as missing, and that
[[126 people|kidnapped;a=The army]] had been confirmed as hostages in Gaza. Families of
[[dozens of Bedouin citizens|missing]] from the Negev said they had been left out of the
official lists. [[Some 500 police officers|other]] were working at the centre.
""",
)

item(
    "Three-quarters of Gaza border residents have returned",
    """
[[About 16,000 residents|returned;a=the Tekuma Directorate]] of the Gaza border communities
have returned home, the Tekuma Directorate said in {{November 2025}}, roughly {{three
quarters}} of those evacuated. [[At least 12 kibbutzim|other;u=other;a=The
directorate;alt=the Tekuma Directorate]] still have no residents, the directorate said, among
them Nir Oz, Be'eri and Kfar Aza. In Nahal Oz, [[about 120 members|returned;a=the kibbutz]]
have come back, the kibbutz said. The directorate plans to bring home
[[another 4,000 residents|returned;p;a=The directorate;alt=the Tekuma Directorate]] by the
end of {{2026}}. A caravan neighbourhood at Ruhama was built for
[[up to 150 families|capacity;u=household]], and [[some 90|displaced]] live there now.
[[Some 200 Be'eri members|returned;p]] are expected back once their homes are rebuilt.
""",
)

item(
    "Kfar Aza's survivors move into a prefab neighbourhood",
    """
Survivors of Kibbutz Kfar Aza moved into a prefab neighbourhood at Kibbutz Ruhama this week,
after {{18 months}} in a hotel and then at Shefayim. The Tekuma Directorate said the site had
[[220 prefab homes|capacity;a=The Tekuma Directorate]] built to house [[up to 800
people|capacity;a=The Tekuma Directorate]]. [[Some 30 families|displaced]] from the kibbutz
have chosen to stay in the centre of the country for now. In Kiryat Gat, the state has rented
[[some 150 apartments|capacity;a=the kibbutz;alt=Nir Oz]] for Nir Oz survivors, the kibbutz said. Kfar Aza lost
[[64 members|killed]] on {{October 7}}, and [[19|kidnapped]] were taken to Gaza. [[Five
kibbutz members|kidnapped]] are now back.
""",
)

item(
    "State pays evacuees' daily stipends and business grants",
    """
The Israel Tax Authority said it had paid daily stipends to [[some 130,000 evacuees|aid;a=The
Israel Tax Authority]] since {{October 2023}}, at {{NIS 200}} for each adult a day. It said
[[about 40,000 households|aid;a=The Israel Tax Authority]] in the north and south had
received a one-off grant of {{NIS 5,000}}. The Agriculture Ministry said
[[3,400 farmers|aid;a=The Agriculture Ministry]] had been compensated for lost crops, and
[[more than 25,000 food vouchers|aid;a=The Agriculture Ministry]] given out in the Negev.
[[Nearly 2,000 businesses|other;u=other]] in the Gaza border area closed for good, according to
the Tax Authority. The state has set aside {{NIS 1.7 billion}} for the payments in {{2026}}. Welfare offices in Eilat and at the Dead Sea
hotels are still helping [[about 2,800 evacuee households|aid]].
""",
)

item(
    "Thai workers leave, volunteers fill the fields",
    """
[[About 10,000 Thai workers|returned;a=the Thai government]] left Israel in the weeks after
{{October 7}}, many on government flights, the Thai government said. In their place,
[[some 8,000 volunteers|other;a=the Agriculture Ministry]] picked crops in the Gaza envelope
and the north in the first month, the Agriculture Ministry said. [[About 5,000 foreign
workers|other]] from India, Sri Lanka and Malawi arrived in {{2024}} under new agreements.
Israel barred [[more than 100,000 Palestinian workers|other]] from the West Bank. Farmers
in the south said [[at least 30 farms|other;u=other]] had been abandoned. [[About 4,000|returned;a=the Thai
embassy]] had come back to Israel by the middle of {{2024}}, the Thai embassy said.
""",
)

item(
    "Police have arrested hundreds for wartime incitement",
    """
Police said they had arrested [[more than 400 people|arrested;a=Police]] on suspicion of
incitement or support for terrorism on social media since {{October 7}}, most of them Arab
citizens of Israel. [[About 100|arrested;a=the State Attorney's Office]] were indicted,
according to the State Attorney's Office. Adalah, a rights group for Arab citizens, said
[[dozens of students|other;a=Adalah]] had been suspended by colleges over posts, and
[[at least 50 workers|other;a=Adalah]] fired. [[Two lecturers|arrested]] at the Hebrew
University were detained for questioning. Arab citizens make up about {{21%}} of the
population.
""",
)

item(
    "National Insurance recognises 23,000 civilians hurt in hostilities",
    """
The National Insurance Institute said it had recognised [[about 23,000 civilians|injured;a=The
National Insurance Institute]] as victims of hostilities since {{October 7}}, [[some
3,000|injured;a=The National Insurance Institute]] with physical wounds and the rest with
mental trauma. It said [[1,700 bereaved families|aid;a=The National Insurance Institute]]
were receiving monthly payments. Among the recognised were
[[more than 600 Nova survivors|injured]]. The institute expects
[[another 10,000 to 15,000 claims|other;p;a=The institute;alt=The National Insurance
Institute;u=other]] as the war's mental toll emerges. Among those recognised were
[[some 400 children|injured]]. The institute has hired [[250 social workers|other;a=The
institute;alt=The National Insurance Institute]] to handle the claims, it said. Payments start at {{NIS 3,600}} a
month.
""",
)

item(
    "Interceptor debris damages 50 Rishon apartments",
    """
Debris from an interception fell on a residential street in Rishon LeZion on {{Friday}}
night, lightly injuring [[three people|injured;a=Magen David Adom]], Magen David Adom said.
The municipality said [[about 50 apartments|housing;a=The municipality]] were damaged and
[[15 cars|other;a=The municipality]] burned. [[Some 120 residents|displaced]] spent the night in a hotel. [[One resident|missing]] was missing for {{two hours}}
before being found in a neighbour's shelter. The Home Front Command said
[[two missiles|other;a=The Home Front Command]] had been fired at central Israel in the
salvo.
""",
)

item(
    "Security squads and gun licences multiply after October 7",
    """
Communities have set up [[more than 700 civilian security squads|combatants;a=the National
Security Ministry;u=other]] since {{October 7}}, the National Security Ministry said. It said
[[some 12,000 volunteers|combatants;a=the National Security Ministry]] had joined them and
that [[about 100,000 new gun licences|other;u=other;a=the National Security Ministry]] had
been approved. The ministry handed out [[around 30,000 rifles|other;a=The ministry;alt=the
National Security Ministry]] to the squads, it said. The state comptroller said
[[at most 1,500|other;q=at_most;a=The state comptroller;u=other]] of the licences had been
properly vetted. The ministry said
[[about 40 squad members|killed;a=The ministry;alt=the National Security Ministry]] had been killed
in the attack, and that [[some 2,000 women|other;a=The ministry;alt=the National Security Ministry]] had applied for licences.
""",
)

item(
    "Military police detain draft evaders at Ben Gurion",
    """
The army said it had sent [[some 24,000 draft orders|other;a=The army;u=other]] to
ultra-Orthodox men since the Supreme Court ruling of {{June 2024}}, and that [[about
1,200|combatants;a=The army]] had enlisted. Military police detained [[more than 300
draft evaders|arrested;a=a military spokesperson]] at Ben Gurion airport and checkpoints in the first half of
{{2025}}, a military spokesperson said. [[Dozens of yeshiva students|arrested]] were held
overnight at a military prison. [[Thousands of Haredi protesters|other]] blocked {{Route 4}} on {{Sunday}}; [[11|arrested;a=police]] were detained, police said.
""",
)

item(
    "Shekel and growth after two years of war",
    """
Israel's economy grew {{1%}} in {{2024}}, the Bank of Israel said on {{Monday}}, and is
forecast to grow {{3.5%}} in {{2026}}. The shekel strengthened to {{3.2}} to the dollar after
the ceasefire of {{October 2025}}. The war cost the state about {{NIS 250 billion}} over
{{two years}}, the Finance Ministry estimates. Defence spending reached {{7.2%}} of GDP in
{{2025}}.
""",
)

item(
    "School year opens in the Gaza border area",
    """
The school year opened on {{September 1}} in the Gaza border area for the first time since
{{2023}}, at {{8 a.m.}}, with classrooms within {{7 km}} of the border required to have a
fortified wing. The Education Ministry said about {{85%}} of pupils in the Eshkol and Sdot
Negev councils were back in their home schools. It has budgeted {{NIS 300 million}} for
trauma counselling over {{three years}}.
""",
)
