"""dev315 negatives: war-crimes courts for ended wars, legacy inquests, past atrocities."""

NEGATIVES = [
    (
        "Appeal judges uphold Mladic's life sentence for Srebrenica genocide",
        (
            "UN judges in The Hague on Tuesday upheld the genocide conviction and life sentence of "
            "the former Bosnian Serb military commander Ratko Mladic, closing one of the last major "
            "cases arising from the wars of the 1990s. The appeals chamber of the International "
            "Residual Mechanism for Criminal Tribunals rejected almost all of Mladic's arguments, "
            "confirming that he was responsible for the massacre of about 8,000 Muslim men and boys "
            "at Srebrenica in July 1995 and for the siege of Sarajevo. The 79-year-old, who has "
            "suffered from ill health, showed no emotion as the ruling was read. Mothers of "
            "Srebrenica watched on a screen at the memorial centre in Potocari, and some wept. "
            "Serbian and Bosnian Serb leaders again rejected the term genocide. The chief "
            "prosecutor, Serge Brammertz, said the verdict showed that those responsible for "
            'atrocities would be held to account "however long it takes". Mladic spent 16 years on '
            "the run before his arrest in 2011. He will serve his sentence in a country yet to be "
            "decided. The tribunal for the former Yugoslavia, which the residual mechanism replaced, "
            "indicted 161 people and convicted 90. His political counterpart, Radovan Karadzic, is "
            "serving a life term in a British prison. In Belgrade, a small group of nationalists "
            "gathered near the city centre with portraits of the general, and police kept them apart "
            "from a group of human rights activists. The chamber's presiding judge, Prisca Matimba "
            "Nyambe, dissented on several points."
        ),
        "history",
    ),
    (
        "Hague prosecutors ask for 45-year term for former Kosovo president",
        (
            "Prosecutors at the Kosovo Specialist Chambers in The Hague asked judges on Monday to "
            "sentence the former Kosovo president Hashim Thaci to 45 years in prison for war crimes "
            "and crimes against humanity committed during and after the 1998-99 war with Serbia. "
            "Thaci and three other former commanders of the Kosovo Liberation Army are accused of "
            "the murder, torture and persecution of Serbs, Roma and Kosovo Albanians suspected of "
            "collaborating with Belgrade. All four deny the charges. In closing arguments, the "
            "prosecution said the KLA leadership had operated detention sites in northern Albania "
            "and Kosovo where prisoners were beaten and killed. Defence lawyers argued that the "
            "evidence did not link the accused to specific crimes and that the court, staffed by "
            "international judges, was biased against Kosovo Albanians. Many Kosovars still revere "
            "Thaci as a hero of the struggle for independence. A verdict is expected next year."
        ),
        "history",
    ),
    (
        "Judges rule Rwanda genocide suspect Kabuga unfit to stand trial",
        (
            "UN judges in The Hague ruled on Wednesday that Felicien Kabuga, accused of financing "
            "the 1994 genocide in Rwanda, is unfit to stand trial because of dementia, and ordered "
            "an alternative procedure that would not lead to a conviction. Kabuga, believed to be "
            "about 88, was arrested near Paris in 2020 after 26 years on the run. Prosecutors allege "
            "that he funded and helped to run the radio station RTLM, which broadcast calls to kill "
            "Tutsis, and imported large quantities of machetes. The appeals chamber later overturned "
            "the alternative procedure and ordered his release, although no country has agreed to "
            "take him. Survivors' groups in Kigali said the ruling was a betrayal. About 800,000 "
            "people, mostly Tutsis, were killed in 100 days. Kabuga's lawyers had argued throughout "
            "that he was too ill to follow the proceedings. He remains in a detention unit in The "
            "Hague."
        ),
        "history",
    ),
    (
        "Cambodia tribunal's last ruling keeps Khieu Samphan in prison for life",
        (
            "The UN-backed tribunal in Cambodia on Thursday upheld the genocide conviction and life "
            "sentence of Khieu Samphan, the last surviving leader of the Khmer Rouge, in its final "
            "ruling before closing down. Khieu Samphan, 91, who was head of state under the regime, "
            "was convicted in 2018 of genocide against the ethnic Vietnamese and crimes against "
            "humanity. About 1.7 million people died from starvation, overwork and executions during "
            "the Khmer Rouge's rule from 1975 to 1979. Presiding Judge Kong Srim read the decision "
            "as the defendant sat in a wheelchair. The tribunal, set up in 2006, has cost more than "
            "330 million dollars and convicted only three people, a record that critics say was "
            "shaped by government interference. Survivors who travelled from the provinces said they "
            "were relieved. The court will now focus on preserving its archive and outreach "
            "programmes."
        ),
        "history",
    ),
    (
        "French appeals court upholds life term for Liberian rebel commander",
        (
            "A French appeals court confirmed on Wednesday the life sentence of Kunti Kamara, a "
            "former commander of the Ulimo rebel group, for crimes against humanity committed during "
            "Liberia's first civil war. Kamara, who was arrested in a Paris suburb in 2018, was "
            "found guilty of acts of torture and barbarity, including ordering the killing and "
            "eating of the heart of a teacher in Lofa county in 1993 and 1994. Witnesses flew in "
            "from Liberia to testify, some of them hearing their own language spoken in a French "
            "court for the first time. He was tried under the principle of universal jurisdiction, "
            "which allows courts to try grave crimes committed abroad. Liberia has never held its "
            "own war crimes trials, despite a truth commission's recommendation in 2009. Campaigners "
            "in Monrovia said the verdict added pressure on the government, which has since set up "
            "an office to prepare a special court. About 250,000 people died in Liberia's two civil "
            "wars."
        ),
        "history",
    ),
    (
        "ICC appeals chamber confirms Ongwen's conviction for LRA crimes",
        (
            "The International Criminal Court's appeals chamber on Thursday confirmed the conviction "
            "of Dominic Ongwen, a former commander of the Lord's Resistance Army, for 61 counts of "
            "war crimes and crimes against humanity committed in northern Uganda in the early 2000s. "
            "Ongwen, who was abducted by the LRA as a child, was sentenced to 25 years in 2021 for "
            "crimes including murder, sexual slavery, forced marriage and the conscription of "
            "children. His lawyers had argued that his own abduction left him unable to choose. The "
            "judges rejected that defence. The court ordered a record 52 million euros in "
            "reparations to victims last year, to be paid through its trust fund because Ongwen has "
            "no assets. Communities in Lukodi and Abok, where attacks took place, gathered to listen "
            "to the ruling on the radio. The LRA leader, Joseph Kony, remains at large, and his case "
            "is the court's longest-outstanding warrant."
        ),
        "history",
    ),
    (
        'Ballymurphy inquest finds ten killed in 1971 were "entirely innocent"',
        (
            "A coroner in Belfast found on Tuesday that ten people shot dead in the Ballymurphy area "
            'of west Belfast in August 1971 were "entirely innocent" and that the army\'s use of '
            "force against most of them was unjustified. Nine of the victims, including a Catholic "
            "priest and a mother of eight, were shot by soldiers of the Parachute Regiment over "
            "three days following the introduction of internment without trial. Mrs Justice Keegan "
            "said there was no evidence that any of them had been armed or involved in paramilitary "
            "activity. Families, who had campaigned for nearly 50 years, held up photographs of "
            "their relatives outside the court. The prime minister apologised on behalf of the "
            "state. The findings came as the government was preparing legislation to end "
            "prosecutions for Troubles-era killings, which the families oppose. The tenth victim was "
            "killed by an unknown gunman, the coroner said."
        ),
        "history",
    ),
    (
        "Buenos Aires court convicts 29 in ESMA death flights trial",
        (
            "A court in Buenos Aires on Wednesday sentenced 29 former military officers to life in "
            "prison for crimes committed at the Navy Mechanics School, the largest clandestine "
            "detention centre of Argentina's 1976-83 dictatorship. The five-year trial examined the "
            "cases of almost 800 victims, many of whom were drugged and thrown alive from aircraft "
            "into the River Plate in the so-called death flights. Among those convicted were two "
            "pilots who flew the aircraft, the first to be found guilty of the practice. Nineteen "
            "other defendants received terms of between eight and 25 years, and six were acquitted. "
            "Relatives of the disappeared, many wearing white headscarves, celebrated outside the "
            "court. Rights groups estimate that about 30,000 people were disappeared during the "
            "dictatorship. Argentina has convicted more than 1,000 people for crimes of that era "
            "since amnesty laws were struck down in 2005."
        ),
        "history",
    ),
    (
        "Guatemalan former general on trial for Ixil genocide",
        (
            "The trial of a former Guatemalan army chief of staff accused of genocide against Maya "
            "Ixil communities in the early 1980s opened in Guatemala City on Friday, more than four "
            "decades after the killings. Benedicto Lucas Garcia, 92, is accused of directing "
            "operations in which at least 1,200 people were killed and more than 100 women raped and "
            "children abducted in the Quiche highlands. He denies the charges. Survivors, some of "
            "whom testified in the 2013 trial of former dictator Efrain Rios Montt, were in court "
            "wearing traditional dress. Rios Montt's conviction was overturned on procedural "
            "grounds, and he died before a retrial concluded. Around 200,000 people were killed or "
            "disappeared during Guatemala's 36-year civil war, which ended with peace accords in "
            "1996. Prosecutors said they would present dozens of witnesses and forensic reports from "
            "exhumed graves. The trial is expected to last several months."
        ),
        "history",
    ),
    (
        "Timbuktu police chief convicted by ICC of war crimes",
        (
            "Judges at the International Criminal Court on Wednesday found Al Hassan Ag Abdoul Aziz, "
            "a former member of the Islamist police in Timbuktu, guilty of war crimes and crimes "
            "against humanity during the occupation of the northern Malian city by Ansar Dine and "
            "al-Qaeda in 2012 and 2013. The court said he had taken part in the torture of "
            "prisoners, floggings in public squares and the enforcement of a harsh dress code on "
            "women. He was acquitted of charges of rape and sexual slavery by a majority. Al Hassan, "
            "who was handed over to the court in 2018, was the second person convicted over the "
            "occupation; the first, Ahmad al-Faqi al-Mahdi, pleaded guilty in 2016 to destroying the "
            "city's mausoleums. Victims' lawyers welcomed the verdict but said they regretted the "
            "acquittal on the sexual violence counts. Sentencing will take place at a later hearing. "
            "The defence has 30 days to decide whether to appeal."
        ),
        "history",
    ),
]
