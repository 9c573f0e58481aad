"""dev80 items: Gaza, the West Bank and Israel; Ukraine."""

from _wrap import item

item(
    "Strike on Nuseirat school shelter kills children",
    """An Israeli strike on a UNRWA school in Nuseirat that was sheltering [[about 6,000 displaced
    people|displaced;a=the Civil Defence]] killed [[at least 18 people|killed;a=the Civil Defence]],
    [[six of them children|killed;a=the Civil Defence]], the Civil Defence said on {{14 July}}.
    UNICEF said [[more than 80 schools|capacity;a=UNICEF]] in the Middle Area were being used as
    shelters for families who had fled the fighting.""",
)

item(
    "UNICEF: more than 14,000 children killed in Gaza",
    """The number of children killed in Gaza since {{October 2023}} has risen to [[more than
    14,000|killed;a=UNICEF]], UNICEF said, citing the health ministry. [[A further 12,000
    children|injured;a=the agency;alt=UNICEF]] have been wounded, and [[at least 17,000
    children|other;a=the agency;alt=UNICEF]] are unaccompanied or separated from their parents, the
    agency estimates.""",
)

item(
    "Malnutrition treatment in southern Gaza",
    """UNICEF said [[nearly 3,000 acutely malnourished children|civilians;a=UNICEF]] in southern
    Gaza had been cut off from treatment after the closure of the Rafah crossing. Since {{January}},
    [[more than 8,000 children|aid;a=the agency;alt=UNICEF]] {{under five}} have been diagnosed and
    treated for acute malnutrition, [[1,600 of them|aid;a=the agency;alt=UNICEF;n=-]] for the severe
    form, the agency said.""",
)

item(
    "Children among the hostages of 7 October",
    """Israeli authorities said [[38 children|kidnapped;a=Israeli authorities]] were among the [[251
    hostages|kidnapped;a=Israeli authorities]] taken into Gaza on {{7 October 2023}}, and that [[36
    children|killed;a=Israeli authorities]] were killed in the attack on southern Israel. [[Thirty
    of the children|kidnapped]] were freed during the truce of {{November 2023}}.""",
)

item(
    "Gaza's schools: most buildings hit",
    """The Education Cluster said {{88%}} of Gaza's school buildings had been hit or damaged and
    that [[about 400 schools|housing;a=The Education Cluster]] needed full reconstruction. [[More
    than 625,000 schoolchildren|civilians;a=the education ministry in Gaza]] have had no formal
    schooling for {{a full school year}}, and [[at least 10,000 students|killed;a=the education
    ministry in Gaza]] and [[more than 400 teachers|killed;a=the education ministry in Gaza]] have
    been killed, according to the education ministry in Gaza.""",
)

item(
    "West Bank: children killed and detained",
    """OCHA recorded [[162 Palestinian children|killed;a=OCHA]] killed in the West Bank in {{2024}},
    most of them by live ammunition. Defence for Children International said [[about 270 Palestinian
    children|arrested;a=Defence for Children International]] were held in Israeli military detention
    at the end of {{March}}, [[more than 100 of them|arrested;a=Defence for Children
    International;n=-]] without charge.""",
)

item(
    "Save the Children: amputations among Gaza's children",
    """Save the Children said [[an average of 10 children a day|injured;a=Save the
    Children;q=approx]] lost one or both legs in Gaza in the first {{three months}} of the war, and
    that [[more than 1,000 children|injured;a=Save the Children]] had undergone amputations, many
    without anaesthetic.""",
)

item(
    "Psychosocial support in Gaza",
    """UNICEF estimates that [[all 1.2 million children|civilians;a=UNICEF]] in Gaza need mental
    health and psychosocial support, and that it and its partners reached [[about 350,000
    children|aid;a=UNICEF]] with such support in {{2024}}. [[Some 60 child-friendly
    spaces|aid;u=structure]] operate in Deir al-Balah and Khan Younis.""",
)

item(
    "Gaza: thousands of children orphaned",
    """The Palestinian Central Bureau of Statistics estimated that [[about 39,000
    children|other;a=The Palestinian Central Bureau of Statistics]] in Gaza had lost one or both
    parents since the war began, [[about 17,000|other;a=The Palestinian Central Bureau of
    Statistics]] of them both. Most are being cared for by relatives, aid groups said.""",
)

item(
    "Working group on children and armed conflict meets on Gaza",
    """The Security Council's working group on children and armed conflict, set up under
    {{Resolution 1612}} in {{2005}}, met on {{12 June}} to discuss Gaza, where UNICEF says {{nine in
    ten}} school buildings have been damaged. Delegates heard that children {{aged 6 to 17}} had
    lost {{two school years}} and that {{one in three}} households had no child in any form of
    learning.""",
)

item(
    "Gaza children wait for medical evacuation",
    """WHO said [[more than 12,000 patients|civilians;a=WHO]], [[about 2,500 of them
    children|civilians;a=WHO]], were waiting for medical evacuation from Gaza, and that [[only 20
    children|displaced;a=WHO]] had left through Kerem Shalom in {{March}}. Doctors said [[at least
    nine children|killed]] on the list had died while waiting. Since {{October 2023}}, [[about 5,000
    patients|displaced]] have been evacuated for treatment abroad, [[more than 3,000 of
    them|displaced;n=-]] children.""",
)

item(
    "Children die of malnutrition in northern Gaza",
    """[[At least 28 children|killed;a=the health ministry]] have died of malnutrition and
    dehydration in northern Gaza, the health ministry said, the youngest {{two days old}}. UNICEF
    said {{one in three}} children {{under two}} in the north was acutely malnourished.""",
)

item(
    "UNRWA schools hit",
    """UNRWA said [[more than 190 of its schools|housing;a=UNRWA]] had been hit since the war began,
    killing [[more than 500 people|killed;a=UNRWA]] who were sheltering inside, and that [[about
    300,000 displaced people|displaced;a=UNRWA]] were still living in its schools across the
    Strip.""",
)

item(
    "Northern Israel: evacuated pupils in temporary classrooms",
    """Israel's education ministry said [[about 17,000 pupils|displaced;a=Israel's education
    ministry]] evacuated from communities near the Lebanese border were studying in temporary
    classrooms in hotels and guest houses. [[Twenty-four schools|other]] in the north remained
    closed after rocket and drone fire, and [[two teenagers|killed]] were killed by a rocket in
    Majdal Shams in {{July}}.""",
)

item(
    "UN verifies child casualties in Ukraine",
    """UN monitors said they had verified [[669 children|killed;a=UN monitors]] killed and
    [[1,833|injured;a=UN monitors]] injured in Ukraine since {{February 2022}}, and that the actual
    numbers were likely higher. Most were killed by explosive weapons in populated areas.""",
)

item(
    "Ukraine counts children deported to Russia",
    """Ukraine says [[more than 19,500 children|displaced;a=Ukraine]] have been deported or forcibly
    transferred to Russia or to occupied territory, and that [[388|returned;a=Ukraine]] have been
    brought back. Officials in Kyiv say the real number of children taken could be {{several times}}
    higher. Russia says it has taken in [[about 700,000 children|displaced;a=Russia]] from Ukraine,
    describing the moves as evacuations. Children {{aged 3 to 17}} have been placed with Russian
    families.""",
)

item(
    "Ukraine's schools damaged by war",
    """Ukraine's education ministry said [[3,798 educational institutions|housing;a=Ukraine's
    education ministry;u=structure]] had been damaged by bombing and shelling and
    [[365|housing;a=Ukraine's education ministry;u=structure]] destroyed. [[About 1,100
    schools|other;a=the ministry;alt=Ukraine's education ministry]] in frontline regions were closed
    to pupils and teaching only online, the ministry added.""",
)

item(
    "Kharkiv opens an underground school",
    """Kharkiv's first underground school, built {{six metres}} below a housing estate, can take in
    [[up to 900 pupils|capacity;a=the city council]] at a time, the city council said. Children from
    nearby districts study there in shifts, while [[more than 50,000 pupils|civilians]] in the city
    still have no in-person classes.""",
)

item(
    "Missile strike near Kryvyi Rih playground",
    """A Russian missile strike near a playground in Kryvyi Rih killed [[20 people|killed;a=the
    regional governor]], [[nine of them children|killed;a=the regional governor]], and wounded
    [[more than 70|injured;a=the regional governor]], [[12 of them children|injured;a=the regional
    governor]], the regional governor said. The youngest victim was {{three years old}}.""",
)

item(
    "Okhmatdyt children's hospital hit",
    """A missile hit Okhmatdyt, Ukraine's largest children's hospital, in Kyiv, killing [[two
    adults|killed;a=officials]] and injuring [[at least 16 people|injured;a=officials]], [[seven of
    them children|injured;a=officials]], officials said. [[More than 600 young patients|displaced]]
    were moved to other hospitals in the capital.""",
)

item(
    "Ukrainian police list missing children",
    """Ukraine's National Police said [[more than 2,100 children|missing;a=Ukraine's National
    Police]] were listed as missing since the full-scale invasion, most of them in occupied areas of
    the Donetsk, Luhansk, Zaporizhzhia and Kherson regions.""",
)

item(
    "Frontline children learn online",
    """UNICEF said [[more than 600,000 children|civilians;a=UNICEF]] in Ukraine's frontline regions
    had not been able to attend school in person since {{2022}}, and that [[about 1,500 school
    shelters|aid;a=UNICEF]] had been equipped with its support so that classes could resume.""",
)

item(
    "Children brought back from occupied territory",
    """[[Eight Ukrainian children|returned;a=Ukraine's ombudsman]] were returned from Russia and
    occupied territory under a deal mediated by Qatar, Ukraine's ombudsman said. [[Two of
    them|returned;a=Ukraine's ombudsman;n=-]] had been taken from a children's home in Kherson in
    {{November 2022}}.""",
)

item(
    "Re-education camps for Ukrainian children",
    """Researchers at Yale said they had identified [[at least 43 camps and
    facilities|capacity;a=Researchers at Yale;n=camps and facilities]] in Russia and occupied Crimea
    to which [[at least 6,000 Ukrainian children|displaced;a=Researchers at Yale]] had been taken,
    some for {{months}} at a time.""",
)

item(
    "Children evacuated from Pokrovsk",
    """Authorities ordered the mandatory evacuation of [[about 1,100 children|displaced;p;a=the
    regional administration]] and their families from Pokrovsk and nearby villages, the regional
    administration said. [[More than 450 children|displaced]] had already left by {{Monday}}.""",
)

item(
    "Children among those returning to northern Gaza",
    """UNICEF said [[about 300,000 children|returned;a=UNICEF]] were among the [[more than 600,000
    people|returned;a=UNICEF]] who had gone back to northern Gaza in the first {{week}} of the
    ceasefire. Its partners opened [[about 170 temporary learning spaces|aid;u=structure]] for
    [[some 47,000 children|aid]], and [[3,000 families|aid]] received tents.""",
)

item(
    "Sumy strike kills children on Palm Sunday",
    """Two ballistic missiles struck the centre of Sumy as people gathered for Palm Sunday, killing
    [[35 people|killed;a=the regional administration]], [[two of them children|killed;a=the regional
    administration]], and injuring [[117|injured;a=the regional administration]], [[15 of them
    children|injured;a=the regional administration]], the regional administration said.""",
)
