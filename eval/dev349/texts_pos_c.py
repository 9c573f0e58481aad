"""dev349 positives, part C: political violence around elections. (title, text, tag codes,
kind); tag codes from eval/conflictset."""

POSITIVES = [
    (
        "Mayoral candidate shot dead at campaign sortie in Abra; Comelec eyes control",
        """A candidate for mayor in Abra was shot dead by unidentified gunmen while greeting supporters at a village feast on Saturday, less than three weeks before the midterm elections, police said. The victim, a former vice mayor running under the provincial ruling party, was hit four times in the back by two men who walked up to the tent where he was shaking hands and then fled on a motorcycle, according to the Abra police provincial office. His bodyguard was wounded in the leg. Police said they were treating the killing as election-related, given a long rivalry between the victim's clan and that of the incumbent mayor, whose camp denied involvement. The Commission on Elections said it was considering placing the town under its direct control, a step it takes where political violence threatens the vote. It was the sixth killing of a candidate or local official in the Cordillera region since the campaign began, the Philippine National Police said. Two companies of police special forces were sent to the province on Sunday, and a gun ban was being strictly enforced at checkpoints. Residents said many families were afraid to attend rallies.""",
        "V",
        "political_killing",
    ),
]
